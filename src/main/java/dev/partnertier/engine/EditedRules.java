package dev.partnertier.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of the rules a failure names a save has just edited: where an analyst looks when two rules conflict (two
 * verdicts, a total stated twice), since each is named and only one was touched. A rule counts as edited when its text
 * ({@link DrlSource#ruleText}) differs from the active rules' text of the rule of that name in that file, or it is new.
 */
public final class EditedRules {

    private final Map<String, String> before = new HashMap<>();
    private final Map<String, String> after = new HashMap<>();

    /**
     * @param active the files of the rules now active
     * @param saved  the files of the save that failed
     */
    public EditedRules(List<RuleFile> active, List<RuleFile> saved) {
        active.forEach(f -> before.put(f.path(), f.content()));
        saved.forEach(f -> after.put(f.path(), f.content()));
    }

    /**
     * The first of the rules whose own text this save changed; else the first in a file it changed; else empty (the
     * save changed none of them: another rule made them fail).
     */
    public Optional<RuleInfo> among(List<RuleInfo> rules) {
        List<RuleInfo> inChangedFiles = rules.stream().filter(r -> !Objects.equals(before.get(r.file()), after.get(r.file()))).toList();
        return inChangedFiles.stream()
                .filter(r -> !Objects.equals(text(before.get(r.file()), r.name()), text(after.get(r.file()), r.name())))
                .findFirst()
                .or(() -> inChangedFiles.stream().findFirst());
    }

    /** The files this save added, changed or deleted, by path. */
    public List<String> changedFiles() {
        Set<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        return paths.stream().filter(p -> !Objects.equals(before.get(p), after.get(p))).toList();
    }

    /**
     * What this save did to each file it touched, by path: {@code changed performance.drl}, {@code deleted tier.drl},
     * {@code added x.drl}.
     */
    public List<String> changes() {
        return changedFiles().stream()
                .map(p -> (after.get(p) == null ? "deleted " : before.get(p) == null ? "added " : "changed ") + p).toList();
    }

    /** The first line (1-based) where a file of this save differs from the active one; 0 when it does not, or is gone. */
    public int firstChangedLine(String path) {
        String now = after.get(path);
        if (now == null || Objects.equals(now, before.get(path))) {
            return 0;
        }
        String[] was = before.getOrDefault(path, "").split("\\R", -1);
        String[] is = now.split("\\R", -1);
        int line = 0;
        while (line < was.length && line < is.length && was[line].equals(is[line])) {
            line++;
        }
        return Math.min(line + 1, is.length); // an edit that only dropped the last newline: its last line
    }

    private static String text(String file, String ruleName) {
        return file == null ? null : new DrlSource(file).ruleText(ruleName);
    }
}

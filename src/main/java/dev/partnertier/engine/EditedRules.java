package dev.partnertier.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    private static String text(String file, String ruleName) {
        return file == null ? null : new DrlSource(file).ruleText(ruleName);
    }
}

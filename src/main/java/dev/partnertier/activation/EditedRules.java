package dev.partnertier.activation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RuleInfo;

/**
 * Which of the rules a failure names a save has just edited: where an analyst looks when two rules conflict (two
 * verdicts, a total stated twice), since each is named and only one was touched. A rule counts as edited when its text
 * (from its {@code rule} line to the next rule, query, function or declaration) differs from the active rules' text of
 * the rule of that name in that file, or it is new.
 */
final class EditedRules {

    /** Where a top-level DRL element starts: the end of the element before it. */
    private static final Pattern NEXT_ELEMENT = Pattern.compile("(?m)^\\s*(rule|query|function|declare)\\b");

    private final Map<String, String> before = new HashMap<>();
    private final Map<String, String> after = new HashMap<>();

    /**
     * @param active the files of the rules now active
     * @param saved  the files of the save that failed
     */
    EditedRules(List<RuleFile> active, List<RuleFile> saved) {
        active.forEach(f -> before.put(f.path(), f.content()));
        saved.forEach(f -> after.put(f.path(), f.content()));
    }

    /**
     * The first of the rules whose own text this save changed; else the first in a file it changed; else empty (the
     * save changed none of them: another rule made them fail).
     */
    Optional<RuleInfo> among(List<RuleInfo> rules) {
        List<RuleInfo> inChangedFiles = rules.stream().filter(r -> !Objects.equals(before.get(r.file()), after.get(r.file()))).toList();
        return inChangedFiles.stream()
                .filter(r -> !Objects.equals(text(before.get(r.file()), r.name()), text(after.get(r.file()), r.name())))
                .findFirst()
                .or(() -> inChangedFiles.stream().findFirst());
    }

    /** The rule's text in a file, or null when the file or the rule is not there. */
    static String text(String file, String ruleName) {
        if (file == null) {
            return null;
        }
        Matcher start = Pattern.compile("(?m)^\\s*rule\\s+(\"" + Pattern.quote(ruleName) + "\"|'" + Pattern.quote(ruleName) + "'|"
                + Pattern.quote(ruleName) + "\\s)").matcher(file);
        if (!start.find()) {
            return null;
        }
        Matcher next = NEXT_ELEMENT.matcher(file);
        int end = next.find(start.end()) ? next.start() : file.length();
        return file.substring(start.start(), end).strip();
    }
}

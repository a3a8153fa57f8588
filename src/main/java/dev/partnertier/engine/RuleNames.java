package dev.partnertier.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a rule name given twice across the files of a folder, before the compiler does: Drools then reports only the
 * Java classes it generates for each rule ("The type Rule_... is already defined"), several per rule, without saying
 * where the other one is. The usual cause is a second copy of a file, or of the whole folder inside it. Whatever their
 * packages: Drools would compile two rules of one name in two packages (or in a file without its {@code package} line),
 * but answers, {@code GET /rules} and scenarios name a rule by its name alone.
 */
final class RuleNames {

    /**
     * A rule's first line and its name: in double quotes, which may hold escaped quotes ({@code "say \\"hi\\""}), in
     * single quotes, or one word without quotes, as DRL takes each.
     */
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)'|([\\w$]+))");
    private static final Pattern RULE_KEYWORD = Pattern.compile("^\\s*rule\\s");

    private RuleNames() {
    }

    private record Place(String file, int line) {
    }

    /**
     * An error at each of two rules with one name, naming the other; for a file that is a copy of
     * another in a subfolder, one error, at the copy's first rule.
     */
    static List<RuleProblem> definedTwice(List<RuleFile> drlFiles) {
        Map<String, Place> first = new HashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Integer> rulesIn = new HashMap<>(); // how many rules each file names
        Map<String, List<Duplicate>> pairs = new LinkedHashMap<>(); // names shared by a pair of files (earlier, later)
        // Shallower files first, so that a copy in a subfolder is the one said to repeat a rule
        List<RuleFile> byDepth = drlFiles.stream()
                .sorted(Comparator.comparingLong((RuleFile f) -> f.path().chars().filter(c -> c == '/').count())
                        .thenComparing(RuleFile::path))
                .toList();
        for (RuleFile file : byDepth) {
            DrlSource source = new DrlSource(file.content());
            for (int n = 1; n <= source.lineCount(); n++) {
                Matcher rule = RULE.matcher(source.line(n));
                if (!RULE_KEYWORD.matcher(source.code(n)).find() || !rule.find()) {
                    continue; // not a rule's first line (or in a comment)
                }
                rulesIn.merge(file.path(), 1, Integer::sum);
                String name = rule.group(1) != null ? rule.group(1) : rule.group(2) != null ? rule.group(2) : rule.group(3);
                Place here = new Place(file.path(), n);
                Place before = first.putIfAbsent(name.strip(), here); // "X " looks like "X" wherever it is shown
                if (before == null) {
                    continue;
                }
                // Said at both rules: either may be the one just written, in the file an editor has open.
                if (file.path().equals(before.file())) {
                    problems.add(twice(name, here, before, 0));
                    problems.add(twice(name, before, here, 0));
                } else {
                    pairs.computeIfAbsent(before.file() + "\u0000" + file.path(), k -> new ArrayList<>())
                            .add(new Duplicate(name, before, here));
                }
            }
        }
        // Once per pair of files, at the first name they share: a second copy of a whole file repeats every name.
        for (List<Duplicate> shared : pairs.values()) {
            Duplicate said = shared.get(0);
            boolean earlierAll = shared.size() == rulesIn.get(said.earlier().file()); // every rule of that file
            boolean laterAll = shared.size() == rulesIn.get(said.later().file());
            if (copyOfTheFolder(said.earlier().file(), said.later().file())) {
                problems.add(new RuleProblem("ERROR", said.later().file(), said.later().line(), 1, "the rule \"" + said.name()
                        + "\" is already defined in " + said.earlier().file() + ", line " + said.earlier().line()
                        + ": each rule needs a name of its own",
                        Hint.of("rule.folder-copy", copyFolder(said.earlier().file(), said.later().file())), false));
            } else if (shared.size() > 1 && (earlierAll || laterAll)) {
                // A copy of a file ("exams - Copy.drl"), said so at both: the one all of whose rules are shared, the one
                // named as a copy if both are (else the later one).
                Place copy = earlierAll && (!laterAll || copyOf(said.earlier().file(), said.later().file())) ? said.earlier() : said.later();
                Place original = copy == said.later() ? said.earlier() : said.later();
                problems.add(twice(said.name(), copy, original, shared.size() - 1)
                        .withHint(Hint.of("rule.file-copy", copy.file(), original.file())));
                problems.add(twice(said.name(), original, copy, shared.size() - 1)
                        .withHint(Hint.of("rule.file-copy.original", copy.file(), original.file())));
            } else {
                problems.add(twice(said.name(), said.later(), said.earlier(), shared.size() - 1));
                problems.add(twice(said.name(), said.earlier(), said.later(), shared.size() - 1));
            }
        }
        return problems;
    }

    private record Duplicate(String name, Place earlier, Place later) {
    }

    private static RuleProblem twice(String name, Place at, Place other, int more) {
        return new RuleProblem("ERROR", at.file(), at.line(), 1, "the rule \"" + name + "\" is also defined in " + other.file() + ", line "
                + other.line() + ": each rule needs a name of its own"
                + (more == 0 ? "" : " (and " + more + " more " + (more == 1 ? "rule" : "rules") + " of these two files share a name)"),
                Hint.of("rule.duplicate", name, other.file(), String.valueOf(other.line())), false);
    }

    /**
     * Whether {@code one} is named as file managers name a copy of {@code other} ({@code exams - Copy.drl},
     * {@code exams copy.drl}, {@code exams (1).drl}): its name starts with the other's and is longer.
     */
    private static boolean copyOf(String one, String other) {
        String base = other.substring(0, other.length() - ".drl".length());
        return one.length() > other.length() && one.startsWith(base);
    }

    /** Whether one file is the other one's name in a subfolder: {@code rules/customers.drl} beside {@code customers.drl}. */
    private static boolean copyOfTheFolder(String one, String other) {
        return !folder(other).isEmpty() && other.endsWith("/" + one) || !folder(one).isEmpty() && one.endsWith("/" + other);
    }

    private static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /** The folder the copy starts at: {@code rules/} of {@code rules/sub/x.drl} beside {@code sub/x.drl}. */
    private static String copyFolder(String one, String other) {
        String longer = one.length() > other.length() ? one : other;
        String shorter = longer == one ? other : one;
        return longer.substring(0, longer.length() - shorter.length());
    }
}

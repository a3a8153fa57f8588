package dev.partnertier.wording;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.partnertier.engine.Hint;
import dev.partnertier.engine.RuleProblem;

/**
 * The other spellings a wording file lists for a workload's or an association's code
 * ({@code workload.<code>.also=A, B}): never counted, but an answer names the code meant for them, as for the code's
 * name (rules/README.md, the table of keys). Not sentences: any language's file may have them, none must.
 */
public final class OtherSpellings {

    /** What ends the key of a code's other spellings. */
    static final String SUFFIX = ".also";
    /** The kinds of code that have names, and so other spellings. */
    private static final List<String> KINDS = List.of("workload", "association");
    /** Anything but letters and digits: what two ways of writing the same code differ by. */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private OtherSpellings() {
    }

    /** A text by its letters and digits alone, in small letters: {@code "S.f.B."} and {@code "sfb"} are one spelling. */
    public static String letters(String text) {
        return NOT_LETTERS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** True for {@code workload.<code>.also} or {@code association.<code>.also}, with a code. */
    public static boolean isKey(String key) {
        return kind(key) != null && key.endsWith(SUFFIX) && key.length() > kind(key).length() + 1 + SUFFIX.length();
    }

    /** True for a key that ends in {@code .also} but lists no workload's or association's spellings ({@code level.GOLD.also}). */
    static boolean isMisplaced(String key) {
        return key.endsWith(SUFFIX) && !isKey(key);
    }

    /** The spellings of a value, separated by commas, each without the spaces around it; none blank. */
    static List<String> split(String value) {
        List<String> spellings = new ArrayList<>();
        for (String spelling : value.split(",")) {
            if (!spelling.isBlank()) {
                spellings.add(spelling.strip());
            }
        }
        return spellings;
    }

    /** The problem of a key that ends in {@code .also} under no workload or association. */
    static RuleProblem misplaced(String path, int line, String key) {
        return new RuleProblem("ERROR", path, line, 0, "'" + key + "' lists other spellings, which only a workload's or an "
                + "association's code has (workload.<code>.also, association.<code>.also)", Hint.of("wording.also.where"), false);
    }

    /**
     * Each name or other spelling of a code that another code of the same kind also has (its code, its name in any
     * language, or one of its other spellings, by letters and digits): an answer would name neither, so it is refused
     * at its line. A spelling with a code's own letters is that code's, and refused only elsewhere.
     *
     * @param texts by language, each key's text (the keys the wording did not refuse already)
     * @param paths by language, its file's path
     * @param lines by language, each key's line
     */
    static List<RuleProblem> shared(Map<String, Map<String, String>> texts, Map<String, String> paths, Map<String, Map<String, Integer>> lines) {
        Map<String, Map<String, Set<String>>> owners = new HashMap<>(); // kind -> letters -> codes
        texts.values().forEach(byKey -> byKey.forEach((key, text) -> {
            String kind = kind(key);
            if (kind != null) {
                String code = code(key);
                Map<String, Set<String>> byLetters = owners.computeIfAbsent(kind, k -> new HashMap<>());
                byLetters.computeIfAbsent(letters(code), l -> new TreeSet<>()).add(code);
                spellings(key, text).stream().filter(spelling -> !letters(spelling).isEmpty())
                        .forEach(spelling -> byLetters.computeIfAbsent(letters(spelling), l -> new TreeSet<>()).add(code));
            }
        }));
        List<RuleProblem> problems = new ArrayList<>();
        texts.forEach((language, byKey) -> new TreeSet<>(byKey.keySet()).forEach(key -> {
            String kind = kind(key);
            if (kind != null) {
                String code = code(key);
                for (String spelling : spellings(key, byKey.get(key))) {
                    if (letters(spelling).isEmpty() || letters(spelling).equals(letters(code))) {
                        continue; // no letters match nothing; a code's own letters are its own: whoever else has them is at fault
                    }
                    Set<String> others = new TreeSet<>(owners.get(kind).getOrDefault(letters(spelling), Set.of()));
                    others.remove(code);
                    if (!others.isEmpty()) {
                        problems.add(new RuleProblem("ERROR", paths.get(language), lines.get(language).getOrDefault(key, 0), 0,
                                "'" + key + "' " + (isKey(key) ? "lists" : "is") + " \"" + spelling + "\", which is also how the wording writes "
                                        + kind + " " + String.join(", ", others) + ": an answer could name neither",
                                Hint.of("wording.also.shared", spelling), false));
                    }
                }
            }
        }));
        return problems;
    }

    /** The spellings of a name's key (its text) or of an other-spellings key (its list). */
    private static List<String> spellings(String key, String text) {
        return isKey(key) ? split(text) : List.of(text);
    }

    /** {@code workload} or {@code association} for a key of a code of either kind, else null. */
    /**
     * The workload and association codes named in {@code texts} (the plain texts of every language, by key), by kind and
     * the letters ({@link #letters}) of each code, of its names ({@code kind.<code>}) and of its other spellings
     * ({@code kind.<code>.also}): {@code workload\0contosomail} to {@code [CONTOSO_MAIL]}. Immutable.
     */
    static Map<String, Set<String>> codesBySpelling(Map<String, List<String>> texts) {
        Map<String, Set<String>> index = new HashMap<>();
        texts.forEach((key, values) -> {
            String kind = kind(key);
            if (kind == null) {
                return;
            }
            boolean also = isKey(key);
            String code = key.substring(kind.length() + 1, key.length() - (also ? SUFFIX.length() : 0));
            if (code.contains(".")) {
                return; // a key under a code that is no name ({@code workload.X.other})
            }
            List<String> spellings = new ArrayList<>(List.of(code));
            values.forEach(value -> spellings.addAll(also ? split(value) : List.of(value)));
            for (String spelling : spellings) {
                String letters = letters(spelling);
                if (!letters.isEmpty()) {
                    index.computeIfAbsent(kind + "\u0000" + letters, k -> new TreeSet<>()).add(code);
                }
            }
        });
        Map<String, Set<String>> copy = new HashMap<>();
        index.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        return Map.copyOf(copy);
    }

    /** The workload and association codes {@code texts} names ({@code kind.<code>}), by kind, sorted. Immutable. */
    static Map<String, List<String>> namedCodes(Map<String, List<String>> texts) {
        Map<String, Set<String>> codes = new HashMap<>();
        for (String key : texts.keySet()) {
            String kind = kind(key);
            if (kind != null && !isKey(key) && key.indexOf('.', kind.length() + 1) < 0) {
                codes.computeIfAbsent(kind, k -> new TreeSet<>()).add(key.substring(kind.length() + 1));
            }
        }
        Map<String, List<String>> copy = new HashMap<>();
        codes.forEach((kind, named) -> copy.put(kind, List.copyOf(named)));
        return Map.copyOf(copy);
    }

    private static String kind(String key) {
        for (String kind : KINDS) {
            if (key.startsWith(kind + ".") && key.length() > kind.length() + 1) {
                return kind;
            }
        }
        return null;
    }

    /** The code of a key of a name or of other spellings. */
    private static String code(String key) {
        String code = key.substring(kind(key).length() + 1);
        return isKey(key) ? code.substring(0, code.length() - SUFFIX.length()) : code;
    }
}

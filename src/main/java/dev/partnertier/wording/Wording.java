package dev.partnertier.wording;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.text.similarity.LevenshteinDistance;

import io.quarkus.qute.CompletedStage;
import io.quarkus.qute.Engine;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.Expression;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateNode;
import io.quarkus.qute.ValueResolver;

import dev.partnertier.engine.Hint;
import dev.partnertier.engine.NearestNames;
import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RuleFiles;
import dev.partnertier.engine.RuleProblem;
import dev.partnertier.engine.RulesCompilationException;

/**
 * The sentences of the answers in every language the rules folder has, read from its {@code messages_<tag>.properties}
 * files (UTF-8, e.g. {@code messages_ko.properties}) when the rules load, and checked then: every key parses as a
 * Qute template, uses only the names its sentence has, and each language has the sentences every answer needs.
 * English ({@code messages_en.properties}) is required: it is the fallback for any other language.
 */
public final class Wording {

    /** English: the default language of answers and the fallback of every other. */
    public static final String DEFAULT_LANGUAGE = "en";
    /** Korean, whose sentences settle their particles by the names before them ({@link SettledParticles}). */
    private static final String KOREAN = "ko";
    /**
     * A name followed by one form of a particle whose form depends on the name's last sound ({@code {workload}은}), not
     * by both ({@code {workload}은(는)}, which the answer settles), and not by more of a word ({@code {count}이상}).
     */
    private static final Pattern FIXED_PARTICLE = Pattern.compile(
            "(?<!\\\\)\\{([\\p{IsAlphabetic}_][^{}]*)\\}([\"”’」』》〉']?)(으로|은|는|이|가|을|를|과|와|로)(?!\\()(?![\\p{IsHangul}])");
    /** The form with both readings of each particle. */
    private static final Map<String, String> BOTH_FORMS = Map.of("은", "은(는)", "는", "은(는)", "이", "이(가)", "가", "이(가)",
            "을", "을(를)", "를", "을(를)", "과", "과(와)", "와", "과(와)", "으로", "(으)로", "로", "(으)로");
    private static final Pattern FILE = Pattern.compile("(?:.*/)?messages_([a-z]{2,3})\\.properties");
    /** Edits between two keys, counted up to 3 (-1 beyond). */
    private static final LevenshteinDistance CLOSE = new LevenshteinDistance(3);
    /** A name a sentence fills in: letters, digits, '_' (anything else is most often a '}' left out). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** A comment written after a sentence, as in code ({@code ... met.  # reworded}): group 1 from the #. */
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s(#(?:\\s.*)?)$");
    /**
     * A name right after an opening brace, then anything but its closing brace, a dot or more of a name (group 1: the
     * text from the name, group 2: the name).
     */
    private static final Pattern OPEN_NAME = Pattern.compile("\\{(([A-Za-z_][A-Za-z0-9_]*)[^A-Za-z0-9_.}][^{}]*)");
    private static final Pattern KEY_LINE = Pattern.compile("^\\s*([^#!\\s=:][^\\s=:]*)\\s*[=:]");

    private final Map<String, Sentences> languages;

    private Wording(Map<String, Sentences> languages) {
        this.languages = Map.copyOf(languages);
    }

    /** True for a file of the rules folder that holds wording ({@code messages_ko.properties}). */
    public static boolean isWordingFile(String path) {
        return FILE.matcher(path).matches();
    }

    /**
     * Reads and checks the wording files among these rule files.
     *
     * @throws RulesCompilationException with each problem's file, line and a plain message
     */
    public static Wording of(List<RuleFile> files) {
        Map<String, RuleFile> byLanguage = new LinkedHashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleFile file : files) {
            Matcher m = FILE.matcher(file.path());
            if (m.matches()) {
                byLanguage.put(m.group(1), file);
            } else if (file.path().endsWith(".properties")) {
                problems.add(new RuleProblem("ERROR", file.path(), 0, 0, "the rules folder holds no .properties files but the "
                        + "wording of each language, named messages_<language>.properties (e.g. messages_ko.properties)"));
            }
        }
        RuleFile english = byLanguage.get(DEFAULT_LANGUAGE);
        if (english == null) {
            throw new RulesCompilationException(List.of(new RuleProblem("ERROR", "messages_en.properties", 0, 0,
                    "the rules folder has no messages_en.properties: English sentences are needed, they are every other language's fallback")));
        }
        Map<String, Set<String>> keys = new HashMap<>();
        Map<String, Map<String, String>> textsByLanguage = new HashMap<>();
        Sentences fallback = read(english, null, problems, keys, textsByLanguage);
        Map<String, Sentences> languages = new HashMap<>();
        languages.put(DEFAULT_LANGUAGE, fallback);
        for (Map.Entry<String, RuleFile> e : byLanguage.entrySet()) {
            if (!e.getKey().equals(DEFAULT_LANGUAGE)) {
                languages.put(e.getKey(), read(e.getValue(), fallback, problems, keys, textsByLanguage));
            }
        }
        sameKeys(byLanguage, keys, problems);
        Map<String, String> paths = new HashMap<>();
        Map<String, Map<String, Integer>> lines = new HashMap<>();
        byLanguage.forEach((language, file) -> {
            paths.put(language, file.path());
            lines.put(language, keyLines(file.content()));
        });
        // a name whose key English lacks is said already, as only in its file (a mistyped code): not as a shared name too
        Set<String> englishKeys = keys.getOrDefault(DEFAULT_LANGUAGE, Set.of());
        textsByLanguage.values().forEach(t -> t.keySet().removeIf(k -> !OtherSpellings.isKey(k) && !englishKeys.contains(k)));
        problems.addAll(OtherSpellings.shared(textsByLanguage, paths, lines));
        if (!problems.isEmpty()) {
            // In the order an analyst reads the files (keys come out of the properties in no order).
            problems.sort(RuleProblem.READING_ORDER);
            throw new RulesCompilationException(problems);
        }
        Map<String, List<String>> everyLanguage = new HashMap<>();
        Stream.concat(Stream.of(fallback), languages.values().stream().filter(l -> l != fallback)).forEach(l -> l.plainTexts()
                .forEach((key, text) -> {
                    List<String> texts = everyLanguage.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!texts.contains(text)) {
                        texts.add(text);
                    }
                }));
        Map<String, List<String>> names = new HashMap<>();
        everyLanguage.forEach((key, texts) -> names.put(key, List.copyOf(texts)));
        Map<String, List<String>> shared = Map.copyOf(names); // one immutable copy for every language
        languages.values().forEach(l -> l.everyLanguage(shared));
        return new Wording(languages);
    }

    /** The language tags there are sentences for, e.g. {@code [en, ko]}. */
    public Set<String> languages() {
        return new TreeSet<>(languages.keySet());
    }

    /** The sentences of a language this wording has, or English. */
    public Sentences in(String language) {
        Sentences sentences = languages.get(language);
        return sentences != null ? sentences : languages.get(DEFAULT_LANGUAGE);
    }

    /**
     * Keys asked for since these rules were loaded that no wording file has (English lacks them, so every language
     * does): the answers show them as {@code [key]}. A route or a reason the rules name (e.g. {@code qualification.<route>})
     * without its sentence. Sorted.
     */
    public Set<String> unwritten() {
        return new TreeSet<>(languages.get(DEFAULT_LANGUAGE).missing());
    }

    /**
     * The error for a sentence the rules ask for and no wording file has (a route or a reason an edit added before its
     * sentences): refused as a key one language lacks is, rather than answered as {@code [key]}.
     *
     * @param origin whose answer asked for it, e.g. {@code the partner of scenario "Gold" (scenarios/tier.json)}
     */
    public static RuleProblem unwritten(String key, String origin) {
        return new RuleProblem("ERROR", "messages_" + DEFAULT_LANGUAGE + ".properties", 0, 0, "'" + key + "' is in no wording "
                + "file, and the rules ask for it (for " + origin + "): the answers would show [" + key + "] instead of a sentence",
                Hint.of("wording.unwritten", key), false);
    }

    /**
     * The codes the rules stated that the wording names only written otherwise ({@link Sentences#askName}), since these
     * rules were loaded: {@code workload.contoso_mail} to {@code CONTOSO_MAIL}. Sorted by key.
     */
    public Map<String, String> namedOtherwise() {
        return new TreeMap<>(languages.get(DEFAULT_LANGUAGE).namedOtherwise());
    }

    /**
     * The error for a code the rules state that the wording names only written otherwise ({@link #namedOtherwise()}),
     * at the first place a DRL file writes it in quotes ({@code "contoso_mail"}), or at line 0 of English's file when
     * none does (a code the rules build).
     *
     * @param key {@code kind.<code>} as the rules write the code, e.g. {@code workload.contoso_mail}
     * @param named the code the wording names, e.g. {@code CONTOSO_MAIL}
     * @param sources the rules folder's files; only the {@code .drl} ones are searched
     */
    public static RuleProblem namedOtherwise(String key, String named, List<RuleFile> sources) {
        int dot = key.indexOf('.');
        String kind = key.substring(0, dot);
        String code = key.substring(dot + 1);
        String message = "the rules count the " + kind + " " + code + ", which no wording file names: the wording names " + named
                + " (" + kind + "." + named + "), most likely the code meant";
        Hint hint = Hint.of("code.named-otherwise", code, named, kind);
        return RuleFiles.placeOf(sources, "\"" + code + "\"")
                .map(at -> new RuleProblem("ERROR", at.file(), at.line(), at.column(), message, hint, false))
                .orElseGet(() -> new RuleProblem("ERROR", "messages_" + DEFAULT_LANGUAGE + ".properties", 0, 0, message, hint, false));
    }

    /** The codes the rules stated that are not written as codes are ({@link Sentences#askName}), with the code each would be. Sorted by key. */
    public Map<String, String> notWrittenAsCodes() {
        return new TreeMap<>(languages.get(DEFAULT_LANGUAGE).notWrittenAsCodes());
    }

    /**
     * The error for a code the rules state that is not written as codes are ({@link #notWrittenAsCodes()}), such as a
     * display name where the code belongs, at the first place a DRL file writes it in quotes.
     *
     * @param key {@code kind.<code>} as the rules write the code, e.g. {@code workload.Contoso Chat}
     * @param code the code it would be, e.g. {@code CONTOSO_CHAT}
     */
    public static RuleProblem notWrittenAsCode(String key, String code, List<RuleFile> sources) {
        int dot = key.indexOf('.');
        String kind = key.substring(0, dot);
        String written = key.substring(dot + 1);
        String message = "the rules count the " + kind + " \"" + written + "\", which is not written as a code (capital letters, "
                + "digits and _): a partner's request would have to send it exactly so";
        Hint hint = Hint.of("code.shape", written, code, kind);
        return RuleFiles.placeOf(sources, "\"" + written + "\"")
                .map(at -> new RuleProblem("ERROR", at.file(), at.line(), at.column(), message, hint, false))
                .orElseGet(() -> new RuleProblem("ERROR", "messages_" + DEFAULT_LANGUAGE + ".properties", 0, 0, message, hint, false));
    }

    /** Keys asked for but missing, by language, since these rules were loaded (for {@code GET /rules}). */
    public Map<String, Set<String>> missing() {
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        for (String language : languages()) {
            Set<String> keys = languages.get(language).missing();
            if (!keys.isEmpty()) {
                missing.put(language, new TreeSet<>(keys));
            }
        }
        return missing;
    }

    /**
     * Every language has the sentences English has, and English every sentence another language has: otherwise an
     * answer in that language would quietly fall back to English for it (a key every language needs is said missing
     * by {@link #read} already).
     */
    private static void sameKeys(Map<String, RuleFile> files, Map<String, Set<String>> keys, List<RuleProblem> problems) {
        Set<String> english = keys.get(DEFAULT_LANGUAGE);
        if (english == null || english.isEmpty()) {
            return; // English could not be read at all, or is empty: said already
        }
        Set<String> required = Set.copyOf(SentenceKeys.required());
        for (Map.Entry<String, Set<String>> language : keys.entrySet()) {
            if (language.getKey().equals(DEFAULT_LANGUAGE) || language.getValue().isEmpty()) { // an empty file is said by read
                continue;
            }
            String path = files.get(language.getKey()).path();
            String englishPath = files.get(DEFAULT_LANGUAGE).path();
            Map<String, Integer> englishLines = keyLines(files.get(DEFAULT_LANGUAGE).content());
            Map<String, Integer> lines = keyLines(files.get(language.getKey()).content());
            // (a key English has mistyped from one every language needs is said in English, as that key)
            List<String> missing = new TreeSet<>(english).stream().filter(k -> !language.getValue().contains(k) && sentence(k, required)
                    && required.stream().noneMatch(r -> !english.contains(r) && mistyped(k, r))).toList();
            List<String> only = new TreeSet<>(language.getValue()).stream().filter(k -> !english.contains(k) && sentence(k, required)
                    && required.stream().noneMatch(r -> !language.getValue().contains(r) && mistyped(k, r))).toList();
            for (String key : missing) {
                // said in the file that lacks it; where that file has a key one or two letters apart, at that key's line
                String near = only.stream().filter(k -> mistyped(k, key)).findFirst().orElse(null);
                problems.add(new RuleProblem("ERROR", path, near == null ? 0 : lines.getOrDefault(near, 0), 0, "'" + key + "' is missing: "
                        + englishPath + " has it (line " + englishLines.getOrDefault(key, 0) + "), and every language needs every "
                        + "sentence (else this language's answers show it in English)", near == null ? Hint.of("wording.missing", key)
                        : Hint.of("wording.missing-near", key, near, englishPath), false));
            }
            // A key only this language has: said here, where it is (a key that is no key of the wording is said by read)
            for (String key : only) {
                String near = missing.stream().filter(k -> mistyped(k, key)).findFirst().orElse(null);
                problems.add(new RuleProblem("ERROR", path, lines.getOrDefault(key, 0), 0, "'" + key + "' is only in this file: "
                        + englishPath + " lacks it, and every language needs every sentence (English is every other language's "
                        + "fallback)", near == null ? Hint.of("wording.only-here", key, englishPath)
                        : Hint.of("wording.only-here-near", key, englishPath, near), false));
            }
        }
    }

    /** The first of these keys (in order) one or two letters from a key every language needs, or null. */
    private static String mistypedRequired(String required, Set<String> keys) {
        return keys.stream().filter(k -> !SentenceKeys.required().contains(k) && mistyped(k, required)).sorted().findFirst().orElse(null);
    }

    /** Whether two keys are one or two edits apart: one key, mistyped in one file. */
    private static boolean mistyped(String one, String other) {
        int edits = CLOSE.apply(one, other);
        return edits >= 1 && edits <= 2;
    }

    /**
     * A key of a sentence the answers use, that every language must have and that {@link #read} did not refuse already
     * (other spellings of a code, {@code .also}, are no sentence, and a key refused as one is said once).
     */
    private static boolean sentence(String key, Set<String> required) {
        return !required.contains(key) && !OtherSpellings.isKey(key) && !OtherSpellings.isMisplaced(key) && alsoMistyped(key) == null
                && SentenceKeys.namesOf(key) != null;
    }

    private static Sentences read(RuleFile file, Sentences fallback, List<RuleProblem> problems, Map<String, Set<String>> keys,
            Map<String, Map<String, String>> allTexts) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(file.content()));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new RuleProblem("ERROR", file.path(), 0, 0, "cannot be read as key=sentence lines: " + e.getMessage()));
            return new Sentences(language(file), Map.of(), Map.of(), fallback);
        }
        Map<String, List<Integer>> everyLine = everyKeyLine(file.content());
        Map<String, Integer> lines = lastLines(everyLine);
        repeatedKeys(file.path(), everyLine, problems);
        String language = language(file);
        Map<String, String> texts = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
        keys.put(language, texts.keySet());
        if (texts.isEmpty()) { // saved empty (an editor that crashed, a truncated copy): said once, not once per key
            problems.add(new RuleProblem("ERROR", file.path(), 0, 0, "has no sentences at all, and every language needs every "
                    + "sentence", Hint.of("wording.empty", file.path()), false));
            return new Sentences(language, Map.of(), Map.of(), fallback);
        }
        Map<String, String> accepted = new HashMap<>(texts); // what the spellings check reads: none of the keys refused below
        allTexts.put(language, accepted);
        Engine engine = engine(texts.getOrDefault(SentenceKeys.LIST_AND, "and"), texts.getOrDefault(SentenceKeys.LIST_OR, "or"));
        Map<String, Template> templates = new HashMap<>();
        Map<String, String> plain = new HashMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String key = e.getKey();
            int line = lines.getOrDefault(key, 0);
            if (OtherSpellings.isKey(key)) {
                plain.put(key, e.getValue()); // a list of spellings, braces and all: never a template
                continue;
            }
            if (OtherSpellings.isMisplaced(key)) {
                problems.add(OtherSpellings.misplaced(file.path(), line, key));
                accepted.remove(key);
                continue;
            }
            Matcher comment = TRAILING_COMMENT.matcher(e.getValue());
            if (comment.find()) { // "... met.  # reworded": a properties file reads it as part of the sentence
                problems.add(new RuleProblem("ERROR", file.path(), line, 0, "'" + key + "' ends with \"" + comment.group(1)
                        + "\", which is part of the sentence: a wording file starts a comment only at the start of a line",
                        Hint.of("wording.comment"), false));
                continue;
            }
            String also = alsoMistyped(key);
            if (also != null) {
                accepted.remove(key);
                problems.add(new RuleProblem("ERROR", file.path(), line, 0, "'" + key + "' is not a key of the wording",
                        Hint.of("wording.also.near", key, also), false));
                continue;
            }
            Set<String> allowed = SentenceKeys.namesOf(key);
            if (allowed == null && SentenceKeys.isExclusion(key)) {
                problems.add(variantProblem(file.path(), line, key));
                continue;
            }
            if (allowed == null) {
                // a key one or two letters from one the answers use (gap.clsoe): most often that key, mistyped
                List<String> known = new ArrayList<>(SentenceKeys.required());
                known.addAll(keys.getOrDefault(DEFAULT_LANGUAGE, Set.of()));
                List<String> near = NearestNames.of(key, known.stream().distinct().sorted().toList());
                problems.add(new RuleProblem("ERROR", file.path(), line, 0, "'" + key + "' is not a key of the wording; "
                        + "keys start with verdict., requirement., count., exclusion., qualification., missing., gap., "
                        + "list., level., scope., association. or workload.",
                        near.isEmpty() ? null : Hint.of("wording.key.near", key, String.join(", ", near)), false));
                continue;
            }
            if (!e.getValue().contains("{")) {
                plain.put(key, e.getValue());
                continue;
            }
            if (KOREAN.equals(language)) {
                Matcher fixed = FIXED_PARTICLE.matcher(e.getValue());
                if (fixed.find()) {
                    String particle = fixed.group(3);
                    String form = BOTH_FORMS.get(particle);
                    String written = "{" + fixed.group(1) + "}" + fixed.group(2);
                    problems.add(new RuleProblem("ERROR", file.path(), line, 0, "'" + key + "': " + written + particle + " reads "
                            + particle + " whatever the name is, right for some names and wrong for the others",
                            Hint.of("wording.particle", written + particle, written + form), false));
                    continue;
                }
            }
            try {
                Template template = engine.parse(e.getValue(), null, file.path() + ":" + key);
                for (Expression expression : template.getExpressions()) {
                    if (expression.isLiteral() || expression.getParts().isEmpty()) {
                        continue;
                    }
                    String name = expression.getParts().get(0).getName();
                    if (!allowed.contains(name)) {
                        String names = allowed.isEmpty() ? "-" : String.join(", ", new TreeSet<>(allowed));
                        problems.add(new RuleProblem("ERROR", file.path(), line, 0, "'" + key + "' uses {" + name + "}, which this sentence does not have; "
                                + (allowed.isEmpty() ? "it has no names to fill in" : "it has " + names),
                                hint(name, allowed, names), false));
                    } else if (!writable(expression)) {
                        // Parsed, but it would fail when an answer is written: a brace left open runs on into words
                        // Qute reads as method calls ({tenant does not count: ...} is tenant.does(not)...).
                        String text = written(e.getValue(), expression);
                        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
                        boolean runsOn = text.startsWith(name) && text.substring(name.length()).startsWith(" ");
                        problems.add(new RuleProblem("ERROR", file.path(), line, 0, "'" + key + "' has {" + shown
                                + "}, which a sentence cannot write: after a number come only .plural('one','other'); after a list "
                                + ".plural, .and or .or; after a text nothing",
                                runsOn ? Hint.of("wording.brace", String.join(" ", List.of(text.split(" ")).subList(0,
                                        Math.min(3, text.split(" ").length)))) : Hint.of("wording.template"), false));
                    }
                }
                templates.put(key, KOREAN.equals(language) ? settled(engine, template, e.getValue(), file.path() + ":" + key) : template);
            } catch (TemplateException ex) {
                problems.add(new RuleProblem("ERROR", file.path(), line, 0, "'" + key + "' is not a valid sentence template: " + ex.getMessage(),
                        braceLeftOpen(e.getValue(), allowed).map(text -> Hint.of("wording.brace", text))
                                .orElse(Hint.of("wording.template")), false));
            }
        }
        for (String key : SentenceKeys.required()) {
            if (!texts.containsKey(key)) {
                // most often mistyped here (verdict.SILVR): said at that key's line, as the key meant
                String near = mistypedRequired(key, texts.keySet());
                problems.add(near == null
                        ? new RuleProblem("ERROR", file.path(), 0, 0, "'" + key + "' is missing: every language needs this sentence",
                                Hint.of("wording.missing", key), false)
                        : new RuleProblem("ERROR", file.path(), lines.getOrDefault(near, 0), 0, "'" + key + "' is missing: every "
                                + "language needs this sentence, and '" + near + "' is one or two letters from it",
                                Hint.of("wording.key.near", near, key), false));
            }
        }
        return new Sentences(language, templates, plain, fallback);
    }

    /**
     * Whether an answer can write this expression: a name, then at most one of {@code .plural('one','other')} (two
     * texts; after a number or a list), {@code .and} or {@code .or} (after a list); no namespace. Anything else Qute
     * parses but cannot resolve when an answer is written.
     */
    private static boolean writable(Expression expression) {
        List<Expression.Part> parts = expression.getParts();
        if (expression.hasNamespace() || parts.get(0).isVirtualMethod() || parts.size() > 2) {
            return false;
        }
        if (parts.size() == 1) {
            return true;
        }
        String name = parts.get(0).getName();
        Expression.Part part = parts.get(1);
        boolean plural = part.isVirtualMethod() && "plural".equals(part.getName())
                && part.asVirtualMethod().getParameters().size() == 2
                && part.asVirtualMethod().getParameters().stream().allMatch(Expression::isLiteral)
                && (SentenceKeys.NUMBERS.contains(name) || SentenceKeys.LISTS.contains(name));
        boolean joined = !part.isVirtualMethod() && ("and".equals(part.getName()) || "or".equals(part.getName()))
                && SentenceKeys.LISTS.contains(name);
        return plural || joined;
    }

    /** The expression as the sentence writes it, from its opening brace to its closing one (or the sentence's end). */
    private static String written(String sentence, Expression expression) {
        String[] lines = sentence.split("\n", -1);
        int line = expression.getOrigin().getLine();
        if (line < 1 || line > lines.length) {
            return expression.toOriginalString();
        }
        String text = lines[line - 1];
        int open = text.lastIndexOf('{', Math.max(0, Math.min(expression.getOrigin().getLineCharacterStart(), text.length() - 1)));
        if (open < 0) {
            return expression.toOriginalString();
        }
        int close = text.indexOf('}', open);
        return text.substring(open + 1, close < 0 ? text.length() : close);
    }

    /**
     * For a workload's or an association's key whose last part is one or two letters from {@code also}
     * ({@code workload.<code>.alsoo}), the key meant; else null (a code may itself hold a dot).
     */
    private static String alsoMistyped(String key) {
        int dot = key.lastIndexOf('.');
        if (!(key.startsWith("workload.") || key.startsWith("association.")) || dot <= key.indexOf('.')) {
            return null;
        }
        String meant = key.substring(0, dot) + OtherSpellings.SUFFIX;
        return mistyped(key.substring(dot), OtherSpellings.SUFFIX) && OtherSpellings.isKey(meant) ? meant : null;
    }

    /**
     * An exclusion's key whose end after the reason is no variant the answers use (a mistyped {@code .users-elsewhere}):
     * refused at its line, with the variant it most likely meant.
     */
    private static RuleProblem variantProblem(String path, int line, String key) {
        int dot = key.indexOf('.', "exclusion.".length());
        String given = key.substring(dot);
        String variants = String.join(", ", ExclusionVariants.ALL);
        List<String> near = NearestNames.of(given, ExclusionVariants.ALL);
        return new RuleProblem("ERROR", path, line, 0, "'" + key + "' is no sentence of the wording: after exclusion.<reason> "
                + "comes nothing, or one of " + variants, near.isEmpty() ? Hint.of("wording.variant", variants)
                : Hint.of("wording.variant.near", given, String.join(", ", near)), false);
    }

    /**
     * The text from a name of the sentence whose closing brace is left out ({@code {tenant은(는) ...}, which Qute cannot
     * parse at all in Korean, where a particle follows the name), up to the word after it; empty when there is none.
     */
    private static Optional<String> braceLeftOpen(String sentence, Set<String> allowed) {
        Matcher open = OPEN_NAME.matcher(sentence);
        while (open.find()) {
            if (allowed.contains(open.group(2))) {
                String[] words = open.group(1).split(" ");
                return Optional.of(String.join(" ", List.of(words).subList(0, Math.min(2, words.length))));
            }
        }
        return Optional.empty();
    }

    /**
     * The hint for a name a sentence does not have: a closing brace left out when the name is one it has followed by
     * more text ({@code {tenant의 ...}}), else the name it most likely meant ({@code {workoad}}: workload), else the names
     * it has.
     */
    private static Hint hint(String name, Set<String> allowed, String names) {
        boolean braceLeftOut = !NAME.matcher(name).matches()
                && allowed.stream().anyMatch(a -> name.startsWith(a) && !NAME.matcher(name.substring(0, a.length() + 1)).matches());
        if (braceLeftOut) {
            return Hint.of("wording.brace", name);
        }
        if (allowed.isEmpty()) {
            return Hint.of("wording.no-names");
        }
        List<String> near = NearestNames.of(name, List.copyOf(new TreeSet<>(allowed)));
        return near.isEmpty() ? Hint.of("wording.name", names) : Hint.of("wording.name.near", name, String.join(", ", near), names);
    }

    private static String language(RuleFile file) {
        Matcher m = FILE.matcher(file.path());
        return m.matches() ? m.group(1) : DEFAULT_LANGUAGE;
    }

    /**
     * A key given more than once in one file: Java reads only its last line, so an edit of an earlier one changes
     * nothing. Refused at each earlier line, naming the line that is read.
     */
    private static void repeatedKeys(String path, Map<String, List<Integer>> everyLine, List<RuleProblem> problems) {
        everyLine.forEach((key, at) -> {
            int read = at.get(at.size() - 1);
            for (int line : at.subList(0, at.size() - 1)) {
                problems.add(new RuleProblem("ERROR", path, line, 0, "'" + key + "' is given again at line " + read
                        + ", and only that line is read: the answers would never use this one", Hint.of("wording.repeated", key,
                        String.valueOf(read)), false));
            }
        });
    }

    /** The line each key starts on, for problems an analyst can find: a key given twice, its last line, whose text is read. */
    private static Map<String, Integer> keyLines(String content) {
        return lastLines(everyKeyLine(content));
    }

    private static Map<String, Integer> lastLines(Map<String, List<Integer>> everyLine) {
        Map<String, Integer> lines = new HashMap<>();
        everyLine.forEach((key, at) -> lines.put(key, at.get(at.size() - 1)));
        return lines;
    }

    /** Every line each key starts on, in file order: more than one for a key given twice. */
    private static Map<String, List<Integer>> everyKeyLine(String content) {
        Map<String, List<Integer>> lines = new HashMap<>();
        String[] all = content.split("\n", -1);
        boolean continued = false;
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            if (!continued) {
                Matcher m = KEY_LINE.matcher(line);
                if (m.find()) {
                    lines.computeIfAbsent(m.group(1), k -> new ArrayList<>(1)).add(i + 1);
                }
            }
            continued = line.endsWith("\\") && !line.endsWith("\\\\");
        }
        return lines;
    }

    /**
     * The template that renders a Korean sentence: its particles settled by the names before them
     * ({@link SettledParticles}), or the sentence as written when none follows a name.
     */
    private static Template settled(Engine engine, Template written, String source, String id) {
        String rewritten = SettledParticles.rewrite(source);
        if (rewritten == null) {
            return written;
        }
        try {
            return engine.parse(rewritten, null, id);
        } catch (TemplateException e) {
            // Not a sentence the rewrite understood (a name inside a section's tag): both forms stay, as written.
            return written;
        }
    }

    /** A Qute engine whose numbers are grouped ("2,150") and whose lists join with this language's words. */
    private static Engine engine(String and, String or) {
        return Engine.builder()
                .addDefaults()
                .addValueResolver(new PluralResolver())
                .addValueResolver(new ListResolver(and, or))
                .addValueResolver(new SettledParticles.Resolver(and))
                .addResultMapper(new Written(and))
                .strictRendering(true)
                .build();
    }

    /** How a value is written when a sentence shows it as it is: numbers grouped, lists joined with "and". */
    private static final class Written implements ResultMapper {
        private final String and;

        Written(String and) {
            this.and = and;
        }

        @Override
        public boolean appliesTo(TemplateNode.Origin origin, Object result) {
            return result instanceof Long || result instanceof Integer || result instanceof Words;
        }

        @Override
        public String map(Object result, Expression expression) {
            return written(result, and);
        }
    }

    /** A value as a sentence shows it: a number grouped ("2,150"), a list joined with {@code and}, a text as it is. */
    static String written(Object value, String and) {
        return value instanceof Words words ? words.joined(and)
                : value instanceof Long || value instanceof Integer ? Numbers.grouped(((Number) value).longValue())
                : value.toString();
    }

    /** {@code {n.plural('user','users')}}: the first word for one, the second for any other number (or list size). */
    private static final class PluralResolver implements ValueResolver {

        @Override
        public boolean appliesTo(EvalContext context) {
            return "plural".equals(context.getName()) && context.getParams().size() == 2
                    && (context.getBase() instanceof Number || context.getBase() instanceof Words);
        }

        @Override
        public CompletionStage<Object> resolve(EvalContext context) {
            long n = context.getBase() instanceof Words words ? words.items().size() : ((Number) context.getBase()).longValue();
            Expression word = context.getParams().get(n == 1 ? 0 : 1);
            return context.evaluate(word); // a literal, so a completed stage: Qute stays on its synchronous path
        }
    }

    /** {@code {list.and}}, {@code {list.or}}. */
    private static final class ListResolver implements ValueResolver {
        private final String and;
        private final String or;

        ListResolver(String and, String or) {
            this.and = and;
            this.or = or;
        }

        @Override
        public boolean appliesTo(EvalContext context) {
            return context.getBase() instanceof Words && ("and".equals(context.getName()) || "or".equals(context.getName()));
        }

        @Override
        public CompletionStage<Object> resolve(EvalContext context) {
            Words words = (Words) context.getBase();
            return CompletedStage.of(words.joined("and".equals(context.getName()) ? and : or));
        }
    }
}

package dev.partnertier.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.partnertier.model.FactTypes;

/**
 * Gives compile errors a plain hint for the mistakes analysts make most (each held by a test built from an edit
 * of the shipped rules): a number written with separators or in quotes, a missing {@code ;} or {@code )}, an
 * unknown field, value or fact type (with the nearest names), an unbound {@code $variable} (or one bound on a line
 * with an error of its own), a constructor given the wrong values, a rule name used twice, a misspelt word of DRL
 * ({@code wehn}), typographic quotes, a fact type a new file does not import, a rule without {@code then}, a value where
 * a condition needs a test, {@code ;;} after a pattern, a rule name without quotes, a salience that is no whole
 * number, a value of another enum than the field's ({@code level == Tier.GOLD}), a {@code #} comment in a then part.
 * Also sets the column where the mistake is when Drools gave none.
 */
final class ErrorHints {

    /**
     * 2,000, 1,500,000, 2 000 or 2.000: a number with thousands separators (one kind throughout), which Java reads as
     * several numbers, or as a decimal number when they are dots.
     */
    private static final Pattern SEPARATED_NUMBER = Pattern.compile(
            "(?<![\\w.])\\d{1,3}([,. \u00a0\u202f])\\d{3}(?:\\1\\d{3})*(?![\\w.])");
    /** Quotes a word processor or a chat tool curls, which DRL does not read as quotes. */
    private static final String TYPOGRAPHIC_QUOTES = "\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\uff02";
    /** Characters a document or a web page pastes that DRL reads as no space and no minus: spaces and dashes of print. */
    private static final String SPACES = "\u00a0\u2007\u202f\u2009\u200a\u200b\u3000\ufeff";
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212";
    /** A binding of a field the pattern's fact type does not have ({@code $required : requried}). */
    private static final Pattern NO_FIELD_READER = Pattern.compile("Field Reader does not exist for declaration '(\\$?\\w+)' in '\\$?\\w+\\s*:\\s*(\\w+)'");
    /** A fact type and the parenthesis that opens its pattern ({@code Threshold(}). */
    private static final Pattern OPENED_PATTERN = Pattern.compile("(\\w+)\\s*\\(");
    /** A pattern closed, then two semicolons ({@code met );;}): group 1 is the second. */
    private static final Pattern EXTRA_SEMICOLON = Pattern.compile("\\)\\s*;\\s*(;)");
    /** A part of a condition that is a value, not a test ({@code Partner( market == Market.MATURE, Market.EMERGING )}). */
    private static final Pattern NOT_A_TEST = Pattern.compile("^Predicate '(.+?)' must be a Boolean expression");
    /** Messages a number with separators causes: the values no longer fit what they are given to, or do not parse. */
    private static final Pattern ABOUT_VALUES = Pattern.compile(
            "is undefined|is not applicable|cannot convert|Syntax error|mismatched input|no viable alternative|extraneous input"
            + "|must be a Boolean expression");
    private static final Pattern QUOTED_NUMBER = Pattern.compile("\"(\\d[\\d,]*)\"");
    /** Two quoted texts with nothing but spaces between them: a list whose comma was left out (group 1: the second). */
    private static final Pattern TWO_TEXTS = Pattern.compile("\"[^\"]*\"\\s+(\"[^\"]*\")");
    private static final Pattern CONSTRUCTOR = Pattern.compile("The constructor (\\w+)\\(.*\\) is undefined");
    private static final Pattern NOT_A_FIELD = Pattern.compile("^(\\w+) cannot be resolved or is not a field");
    /**
     * {@code Threshold cannot be resolved to a type}, {@code Level.GOLD ...} or {@code dev.x.Thresold ...}: the type is the
     * first part that starts with a capital letter.
     */
    private static final Pattern NOT_A_TYPE = Pattern.compile("^(?:[a-z_]\\w*\\.)*([A-Z]\\w*)(?:\\.\\w+)* cannot be resolved to a type");
    private static final Pattern NOT_A_VARIABLE = Pattern.compile("^(\\$\\w+) cannot be resolved");
    private static final Pattern NO_METHOD = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.([\\w$]+)\\(\\)");
    private static final Pattern NO_OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.]+)'");
    private static final Pattern DUPLICATE_RULE = Pattern.compile("Duplicate rule name: (.+)");
    /** The word a DRL parser error stopped at ({@code mismatched input 'wehn'}). */
    private static final Pattern PARSER_INPUT = Pattern.compile("(?:mismatched input|extraneous input|no viable alternative at input) '([\\w-]+)'");
    /** The words of DRL's own structure that start a line, which a misspelling there most likely meant. */
    static final List<String> LINE_KEYWORDS = List.of("package", "import", "global", "dialect", "declare", "rule",
            "query", "function", "when", "then", "end", "salience", "no-loop");
    /** Those that start a line outside every rule. */
    static final List<String> FILE_KEYWORDS = List.of("package", "import", "global", "dialect", "declare", "rule",
            "query", "function");
    /**
     * Java's complaint about a method called on a type that has none of that name (ecj, in a consequence); "in a then
     * part" for one the consequence calls as its own ({@link CompileProblems#withoutGeneratedNames}).
     */
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("The method (\\w+)\\([^)]*\\) is undefined (?:for the type (\\w+)|in a then part)");
    /** What a consequence calls on its own: Drools' helpers (KnowledgeHelper). */
    static final List<String> CONSEQUENCE_HELPERS = List.of("insert", "insertLogical", "delete", "update", "modify", "retract");
    /** Words of a when part that stand alone on a line and are no misspelling ({@code and} is one letter from end). */
    private static final Set<String> CONDITION_WORDS = Set.of("and", "or", "not", "exists", "eval", "from", "accumulate",
            "collect", "forall", "over", "entry-point", "in", "matches", "memberOf", "contains", "soundslike", "do", "if", "else");
    /** A line that is one word and nothing else. */
    private static final Pattern LONE_WORD = Pattern.compile("[A-Za-z][\\w-]*");
    private static final Pattern DECLARED_TYPE = Pattern.compile("(?m)^\\s*declare\\s+(\\w+)");
    /**
     * A rule's first line whose name of several words is not in quotes ({@code rule Gold exam threshold}): group 1 is
     * the name, group 2 its first word, which DRL takes as the whole name (a name of one word needs no quotes).
     */
    private static final Pattern UNQUOTED_RULE = Pattern.compile("^\\s*rule\\s+(([\\w$]+)\\s+[^\"'].*?)\\s*$");
    /** A salience that is no whole number ({@code salience -1O}); one in parentheses is an expression, left to Drools. */
    private static final Pattern SALIENCE = Pattern.compile("^\\s*salience\\s+([^\\s(]+)\\s*$");
    private static final Pattern PARSER_ERROR = Pattern.compile("mismatched input|extraneous input|no viable alternative");
    /** Two kinds of value compared ({@code level == Tier.GOLD}): the field's kind first. */
    private static final Pattern INCOMPATIBLE = Pattern.compile("Found class (?:[\\w$]+\\.)*(\\w+) and class (?:[\\w$]+\\.)*(\\w+)");

    private final Map<String, DrlSource> sources;
    private final ClassLoader factClasses;

    ErrorHints(Map<String, DrlSource> sources, ClassLoader factClasses) {
        this.sources = sources;
        this.factClasses = factClasses;
    }

    RuleProblem explain(RuleProblem problem) {
        DrlSource source = sources.get(problem.file());
        if (problem.hint() != null || source == null || problem.line() <= 0) {
            return problem;
        }
        int line = problem.line();
        String raw = source.line(line);
        String message = problem.message();
        OptionalInt firstCurled = typographicQuoteIn(source.code(line));
        if (firstCurled.isPresent()) {
            int curled = firstCurled.getAsInt();
            // The parser stops at each one and says "no viable alternative at input ''", without the character: said here.
            int at = problem.column() > 0 && problem.column() <= raw.length()
                    && TYPOGRAPHIC_QUOTES.indexOf(raw.charAt(problem.column() - 1)) >= 0 ? problem.column() - 1 : curled;
            String quote = String.valueOf(raw.charAt(at));
            return new RuleProblem(problem.severity(), problem.file(), line, at + 1, message.replace("input ''", "input '" + quote + "'"),
                    Hint.of("quote.typographic", quote), problem.lineGuessed());
        }
        // A comment as the wording files write one: Java reads it as code, and says so several ways, some of them at
        // the rule's first line (what it cannot place in the then part).
        OptionalInt hashLine = source.code(line).stripLeading().startsWith("#") && source.inThenPart(line) ? OptionalInt.of(line)
                : source.hashLineInThenPart(line);
        if (hashLine.isPresent()) {
            int at = hashLine.getAsInt();
            int hash = source.code(at).indexOf('#');
            return problem.at(at, hash + 1, problem.lineGuessed() || at != line)
                    .withHint(Hint.of("comment.hash", source.line(at).substring(hash + 1).strip()));
        }
        Matcher m = SEPARATED_NUMBER.matcher(source.code(line));
        if (ABOUT_VALUES.matcher(message).find() && m.find()) {
            String whole = m.group().replace(m.group(1), "");
            boolean dots = ".".equals(m.group(1));
            if (!dots || m.group().indexOf('.') != m.group().lastIndexOf('.')) {
                return hint(problem, m.start() + 1, "number.separators", m.group(), whole); // 1.500.000 is no decimal: separators
            }
            // 2.000 is a decimal number in Java: a mistake only where a whole number was needed and Drools got a double
            if (message.contains("double") && m.group().charAt(0) != '0') {
                return hint(problem, m.start() + 1, "number.decimal", m.group(), whole,
                        new java.math.BigDecimal(m.group()).stripTrailingZeros().toPlainString());
            }
        }
        OptionalInt pasted = pastedCharacterIn(source.code(line));
        if (pasted.isPresent()) { // the parser shows it as '' too, or not at all (a space that is no space to it)
            char c = raw.charAt(pasted.getAsInt());
            Hint hint = Hint.of("character.pasted", Character.getName(c).toLowerCase(java.util.Locale.ROOT),
                    String.format("U+%04X", (int) c), DASHES.indexOf(c) >= 0 ? "-" : " ");
            return problem.at(line, pasted.getAsInt() + 1, problem.lineGuessed()).withHint(hint);
        }
        m = QUOTED_NUMBER.matcher(raw);
        if (m.find() && (message.contains("String") || message.contains("constructor"))) {
            return hint(problem, m.start() + 1, "number.quotes", m.group(), m.group(1).replace(",", ""));
        }
        if (message.contains("insert \";\"")) {
            return hint(problem, source.endOfCode(line), "semicolon");
        }
        if (message.contains("insert \")\"")) {
            return hint(problem, source.endOfCode(line), "parenthesis.close");
        }
        if (message.contains("Syntax error on token") && (m = TWO_TEXTS.matcher(raw)).find()) {
            return hint(problem, m.start(1) + 1, "comma.missing", m.group(1)); // Java's advice, "delete this token", would drop it
        }
        if ((m = CONSTRUCTOR.matcher(message)).find()) {
            String type = m.group(1);
            Optional<Class<?>> known = factType(type);
            if (known.isPresent()) {
                return hint(problem, source.columnOf(line, "new " + type), "constructor", type, constructors(known.get()));
            }
        }
        if ((m = NOT_A_FIELD.matcher(message)).find()) {
            String name = m.group(1);
            Matcher owner = Pattern.compile("(\\w+)\\s*\\.\\s*" + Pattern.quote(name) + "\\b").matcher(raw);
            if (owner.find()) {
                Optional<Class<?>> type = factType(owner.group(1));
                if (type.isPresent()) {
                    return unknownMember(problem, source.columnOf(line, name), type.get(), name);
                }
            }
        }
        if ((m = NO_FIELD_READER.matcher(message)).find()) {
            String field = m.group(2);
            int at = raw.indexOf(m.group(1));
            Matcher pattern = OPENED_PATTERN.matcher(at < 0 ? raw : raw.substring(0, at));
            String type = null;
            while (pattern.find()) {
                type = pattern.group(1); // the last type opened before the binding: the pattern it is in
            }
            Optional<Class<?>> known = type == null ? Optional.empty() : factType(type);
            if (known.isPresent()) {
                return unknownMember(problem, source.columnOf(line, field), known.get(), field);
            }
        }
        if ((m = NOT_A_TEST.matcher(message)).find()) {
            return hint(problem, source.columnOf(line, m.group(1)), "condition.test", m.group(1));
        }
        if ((m = NOT_A_VARIABLE.matcher(message)).find()) {
            return unbound(problem, source, m.group(1));
        }
        if ((m = NOT_A_TYPE.matcher(message)).find()) {
            return unknownType(problem, source.columnOf(line, m.group(1)), m.group(1));
        }
        if ((m = NO_METHOD.matcher(message)).find()) {
            String name = m.group(2);
            if (name.startsWith("$")) {
                return unbound(problem, source, name);
            }
            Optional<Class<?>> type = load(m.group(1));
            if (type.isPresent()) {
                return unknownMember(problem, source.columnOf(line, name), type.get(), name);
            }
        }
        if ((m = NO_OBJECT_TYPE.matcher(message)).find()) {
            String name = m.group(1);
            return unknownType(problem, source.columnOf(line, name), name);
        }
        if ((m = DUPLICATE_RULE.matcher(message)).find()) {
            return duplicate(problem, m.group(1).strip());
        }
        if ((m = UNDEFINED_METHOD.matcher(message)).find()) {
            String name = m.group(1);
            String type = m.group(2);
            if (type == null) { // a consequence calls it as its own: one of Drools' helpers was meant
                List<String> near = NearestNames.of(name, CONSEQUENCE_HELPERS);
                if (!near.isEmpty()) {
                    return hint(problem, source.columnOf(line, name), "consequence.unknown.near", name, String.join(", ", near),
                            String.join(", ", CONSEQUENCE_HELPERS));
                }
            } else {
                Optional<Class<?>> known = factType(type);
                if (known.isPresent()) {
                    return unknownMember(problem, source.columnOf(line, name), known.get(), name);
                }
            }
        }
        if (PARSER_ERROR.matcher(message).find() && (m = UNQUOTED_RULE.matcher(source.code(line))).find()
                && message.contains("in rule \"" + m.group(2) + "\"")) {
            return problem.at(line, m.start(1) + 1, problem.lineGuessed()).withHint(Hint.of("rule.name.quotes", m.group(1)));
        }
        if (PARSER_ERROR.matcher(message).find() && (m = SALIENCE.matcher(source.code(line))).find() && !m.group(1).matches("-?\\d+")) {
            return problem.at(line, m.start(1) + 1, problem.lineGuessed()).withHint(Hint.of("salience.number", m.group(1)));
        }
        if ((m = INCOMPATIBLE.matcher(message)).find()) {
            Optional<Class<?>> field = factType(m.group(1));
            if (field.isPresent() && field.get().isEnum()) {
                List<String> values = Arrays.stream(field.get().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
                Matcher written = Pattern.compile("\\b" + Pattern.quote(m.group(2)) + "\\s*\\.\\s*(\\w+)").matcher(raw);
                String example = written.find() && values.contains(written.group(1)) ? written.group(1) : values.get(values.size() - 1);
                return hint(problem, written.find(0) ? written.start() + 1 : 0, "value.kind", m.group(1), m.group(2),
                        String.join(", ", values), example);
            }
        }
        if (message.contains("input ';'") && (m = EXTRA_SEMICOLON.matcher(source.code(line))).find()) {
            return hint(problem, m.start(1) + 1, "semicolon.condition");
        }
        if ((m = PARSER_INPUT.matcher(message)).find()) {
            String word = m.group(1);
            if (word.equals("end")) {
                OptionalInt then = source.missingThen(line, CONSEQUENCE_HELPERS);
                OptionalInt misspelt = then.isPresent() ? misspeltThenBefore(source, then.getAsInt()) : OptionalInt.empty();
                if (misspelt.isPresent()) { // the parser also stops at the end of a rule whose then is misspelt: said there
                    int at = misspelt.getAsInt();
                    String alone = source.code(at).strip();
                    return problem.at(at, source.columnOf(at, alone), true)
                            .withHint(keywordMeant(source, at, alone, LINE_KEYWORDS).orElseThrow());
                }
                if (then.isPresent()) {
                    int at = then.getAsInt();
                    return problem.at(at, source.line(at).length() - source.line(at).stripLeading().length() + 1, at != line)
                            .withHint(Hint.of("rule.then", source.ruleAround(line)));
                }
            }
            Optional<Hint> meant = keywordMeant(source, line, word, LINE_KEYWORDS);
            if (meant.isPresent()) {
                return hint(problem, source.columnOf(line, word), meant.get());
            }
            // The parser stops at the line after a misspelt word alone on its line ("thne", then "insertLogical"): the
            // word before is the mistake, said at its own line.
            OptionalInt before = source.codeBefore(line);
            if (before.isPresent()) {
                String alone = source.code(before.getAsInt()).strip();
                if (LONE_WORD.matcher(alone).matches() && !CONDITION_WORDS.contains(alone)) {
                    Optional<Hint> meantBefore = keywordMeant(source, before.getAsInt(), alone, LINE_KEYWORDS);
                    if (meantBefore.isPresent()) {
                        return problem.at(before.getAsInt(), source.columnOf(before.getAsInt(), alone), false).withHint(meantBefore.get());
                    }
                }
            }
        }
        return problem;
    }

    /**
     * "Did you mean when?" for a word that starts its line, is no fact type and is a letter or two from one of these DRL
     * words ({@code wehn}, {@code rlue}); empty for any other word (a field name near {@code end} in a condition is not a
     * misspelt {@code end}).
     *
     * @param keywords {@link #LINE_KEYWORDS} inside a rule, {@link #FILE_KEYWORDS} outside every rule
     */
    static Optional<Hint> keywordMeant(DrlSource source, int line, String word, List<String> keywords) {
        String code = source.code(line).stripLeading();
        if (!code.startsWith(word) || (code.length() > word.length() && isWordPart(code.charAt(word.length())))
                || keywords.contains(word) || FactTypes.ALL.stream().anyMatch(t -> t.getSimpleName().equals(word))
                || declares(source, word)) {
            return Optional.empty();
        }
        List<String> near = NearestNames.of(word, keywords);
        return near.isEmpty() ? Optional.empty() : Optional.of(Hint.of("keyword.near", word, String.join(", ", near)));
    }

    /** True when the file declares a type of this name ({@code declare Role}). */
    private static boolean declares(DrlSource source, String name) {
        for (int n = 1; n <= source.lineCount(); n++) {
            Matcher declared = DECLARED_TYPE.matcher(source.code(n));
            if (declared.find() && declared.group(1).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The line of code before {@code line} when it is a word alone that is a misspelt {@code then} ({@code thne}). */
    private static OptionalInt misspeltThenBefore(DrlSource source, int line) {
        OptionalInt before = source.codeBefore(line);
        if (before.isEmpty()) {
            return OptionalInt.empty();
        }
        String alone = source.code(before.getAsInt()).strip();
        boolean then = LONE_WORD.matcher(alone).matches() && keywordMeant(source, before.getAsInt(), alone, LINE_KEYWORDS)
                .filter(h -> h.args().get(1).contains("then")).isPresent();
        return then ? before : OptionalInt.empty();
    }

    /** The index of the first space or dash of print in the code of a line (outside quoted text and comments). */
    private static OptionalInt pastedCharacterIn(String code) {
        for (int i = 0; i < code.length(); i++) {
            if (SPACES.indexOf(code.charAt(i)) >= 0 || DASHES.indexOf(code.charAt(i)) >= 0) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The index of the first typographic quote in a text (the code of a line, or what follows a quote left open). */
    static OptionalInt typographicQuoteIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (TYPOGRAPHIC_QUOTES.indexOf(text.charAt(i)) >= 0) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$';
    }

    /**
     * A {@code $variable} the compiler cannot see: where the rule binds it before this line (in a pattern with an error
     * of its own, or inside a {@code not}), that line; otherwise how to bind it.
     */
    private static RuleProblem unbound(RuleProblem problem, DrlSource source, String variable) {
        int column = source.columnOf(problem.line(), variable);
        OptionalInt bound = source.boundBefore(variable, problem.line());
        if (bound.isPresent()) {
            return hint(problem, column, "binding.elsewhere", variable, String.valueOf(bound.getAsInt()));
        }
        Map<String, Integer> bindings = source.bindingsBefore(problem.line());
        List<String> near = NearestNames.of(variable, List.copyOf(bindings.keySet()));
        return near.isEmpty()
                ? hint(problem, column, "binding.unknown", variable)
                : hint(problem, column, "binding.unknown.near", variable, near.get(0), String.valueOf(bindings.get(near.get(0))));
    }

    private RuleProblem unknownMember(RuleProblem problem, int column, Class<?> type, String name) {
        List<String> members = type.isEnum()
                ? Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()
                : fields(type);
        String kind = type.isEnum() ? "constant" : "field";
        List<String> near = NearestNames.of(name, members);
        return near.isEmpty()
                ? hint(problem, column, kind + ".unknown", type.getSimpleName(), name, String.join(", ", members))
                : hint(problem, column, kind + ".unknown.near", type.getSimpleName(), name, String.join(", ", near), String.join(", ", members));
    }

    private RuleProblem unknownType(RuleProblem problem, int column, String name) {
        if (factType(name).isPresent()) { // a type there is, which this file does not import
            return hint(problem, column, "import.missing", name, FactTypes.class.getPackageName());
        }
        List<String> types = new ArrayList<>(FactTypes.ALL.stream().map(Class::getSimpleName).toList());
        for (DrlSource source : sources.values()) {
            for (int n = 1; n <= source.lineCount(); n++) {
                Matcher declared = DECLARED_TYPE.matcher(source.code(n));
                if (declared.find()) {
                    types.add(declared.group(1));
                }
            }
        }
        List<String> near = NearestNames.of(name, types);
        return near.isEmpty()
                ? hint(problem, column, "type.unknown", name, String.join(", ", types))
                : hint(problem, column, "type.unknown.near", name, String.join(", ", near));
    }

    private RuleProblem duplicate(RuleProblem problem, String name) {
        String declaration = "rule \"" + name + "\"";
        for (Map.Entry<String, DrlSource> file : sources.entrySet()) {
            DrlSource source = file.getValue();
            for (int n = source.find(declaration, 1).orElse(0); n > 0; n = source.find(declaration, n + 1).orElse(0)) {
                if (!(file.getKey().equals(problem.file()) && n == problem.line())) {
                    return hint(problem, sources.get(problem.file()).columnOf(problem.line(), "\"" + name),
                            "rule.duplicate", name, file.getKey(), String.valueOf(n));
                }
            }
        }
        return problem;
    }

    private static RuleProblem hint(RuleProblem problem, int column, String key, String... args) {
        return hint(problem, column, Hint.of(key, args));
    }

    private static RuleProblem hint(RuleProblem problem, int column, Hint hint) {
        int at = problem.column() > 0 ? problem.column() : column;
        return problem.at(problem.line(), at, problem.lineGuessed()).withHint(hint);
    }

    private static List<String> fields(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        List<String> fields = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && method.getDeclaringClass() != Object.class && !Modifier.isStatic(method.getModifiers())) {
                String name = method.getName();
                fields.add(name.startsWith("get") && name.length() > 3 ? Character.toLowerCase(name.charAt(3)) + name.substring(4)
                        : name.startsWith("is") && name.length() > 2 ? Character.toLowerCase(name.charAt(2)) + name.substring(3) : name);
            }
        }
        return fields.stream().sorted().toList();
    }

    /** "new Threshold(level, requirement, required) or new Threshold(level, requirement, required, market)". */
    private static String constructors(Class<?> type) {
        return Arrays.stream(type.getConstructors())
                .sorted(Comparator.comparingInt(Constructor::getParameterCount))
                .map(c -> "new " + type.getSimpleName() + "(" + Arrays.stream(c.getParameters())
                        .map(p -> p.isNamePresent() ? p.getName() : p.getType().getSimpleName())
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(" | "));
    }

    private static Optional<Class<?>> factType(String simpleName) {
        return FactTypes.ALL.stream().filter(t -> t.getSimpleName().equals(simpleName)).findFirst();
    }

    private Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, factClasses));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}

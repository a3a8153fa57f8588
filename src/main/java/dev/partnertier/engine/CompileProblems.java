package dev.partnertier.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.jci.CompilationProblem;

/**
 * Turns Drools' build results into {@link RuleProblem}s placed where the analyst made the mistake:
 * <ul>
 * <li>an error in a rule's {@code then} part at its own line and column, not the rule's first line: the Java
 * compiler's line inside the class Drools generates is mapped back to the DRL;</li>
 * <li>a quote left open at the line it opens, a rule without {@code end}, a line of text outside every rule or a
 * parenthesis never closed at their likely line (marked as guessed), instead of the end of the file or the next
 * rule;</li>
 * <li>an expression Drools reports without a line at the line that holds it;</li>
 * </ul>
 * then gives each a plain hint ({@link ErrorHints}).
 */
final class CompileProblems {

    /**
     * Lines between the first line of a rule's consequence method and the consequence's own first line in the
     * class Drools generates (Drools 10.2's template: signature, then three lines of set-up). Held by
     * CompileProblemsTest with consequences of every shape; a Drools upgrade that changes it fails there.
     */
    static final int CONSEQUENCE_METHOD_HEADER = 4;

    private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern UNPLACED_EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\R");
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    /** Drools' message, without a line, for a rule given one annotation twice ({@code @description}). */
    private static final Pattern DUPLICATED_ANNOTATION = Pattern.compile("^Duplicated annotation: (\\w+)");

    /** By path, in order, so that a search over the files always finds the same one first. */
    private final Map<String, DrlSource> sources = new TreeMap<>();
    private final ErrorHints hints;

    /** @param files the DRL files compiled, by path */
    CompileProblems(Map<String, RuleFile> files, ClassLoader factClasses) {
        files.forEach((path, file) -> sources.put(path, new DrlSource(file.content())));
        this.hints = new ErrorHints(sources, factClasses);
    }

    List<RuleProblem> of(Iterable<KnowledgeBuilderResult> results, String severity) {
        List<RuleProblem> placed = new ArrayList<>();
        Map<String, List<RuleProblem>> parserErrors = new HashMap<>();
        for (KnowledgeBuilderResult result : results) {
            String file = result.getResource() == null ? "" : String.valueOf(result.getResource().getSourcePath());
            if (result instanceof ParserError) {
                parserErrors.computeIfAbsent(file, f -> new ArrayList<>()).add(general(result, severity, file));
            } else if (result instanceof RuleBuildError error && error.getObject() instanceof CompilationProblem[] problems
                    && error.getDescr() instanceof RuleDescr rule && sources.containsKey(file)) {
                for (CompilationProblem problem : problems) {
                    placed.add(inConsequence(rule, problem, severity, file));
                }
            } else {
                placed.add(unplaced(general(result, severity, file)));
            }
        }
        List<RuleProblem> all = new ArrayList<>();
        parserErrors.forEach((file, errors) -> all.addAll(placeParserErrors(file, errors)));
        all.addAll(placed);
        if (all.size() > 1) {
            all.removeIf(p -> p.message().equals(NULL_PACKAGE));
        }
        return onePerMistake(all.stream().map(hints::explain).map(CompileProblems::withPlainExpressionError)
                .map(CompileProblems::withoutParserPosition)
                .sorted(RuleProblem.READING_ORDER).toList());
    }

    /**
     * The errors reported before {@code line}, as they are (mistakes of their own), and one error for all the others,
     * at {@code line} and {@code column}, with the hint that explains them.
     */
    private static List<RuleProblem> explainedFrom(List<RuleProblem> errors, int line, int column, Hint hint) {
        List<RuleProblem> kept = new ArrayList<>(errors.stream().filter(e -> e.line() > 0 && e.line() < line).toList());
        errors.stream().filter(e -> e.line() <= 0 || e.line() >= line).findFirst()
                .ifPresent(e -> kept.add(e.at(line, column, false).withHint(hint)));
        return kept;
    }

    /**
     * The problems without those that a hint explains at the same place as one before them: the parser and the Java
     * compiler often say one mistake two or three ways ({@code #} in a then part, a typographic quote), and the hint
     * is what the analyst acts on. Problems without a hint all stay.
     */
    static List<RuleProblem> onePerMistake(List<RuleProblem> problems) {
        Set<String> said = new HashSet<>();
        List<RuleProblem> kept = new ArrayList<>();
        for (RuleProblem p : problems) {
            if (p.hint() == null || said.add(p.severity() + "\u0000" + p.file() + "\u0000" + p.line() + "\u0000" + p.column()
                    + "\u0000" + p.hint().key() + "\u0000" + p.hint().args())) {
                kept.add(p);
            }
        }
        return List.copyOf(kept);
    }

    /**
     * Drools 10.2's report of a condition MVEL cannot analyse: {@code Unable to Analyse Expression <expression>:}, then
     * on the next lines MVEL's {@code [Error: ...]} (nested in one another when one error wraps another), an excerpt
     * {@code [Near : {... ...}]} with a caret under it, and {@code [Line: n, Column: m]}.
     */
    private static final Pattern EXPRESSION_ERROR = Pattern.compile("(?s)^(Unable to Analyse Expression .+?):\\s*\\R(.*)");
    /**
     * An {@code [Error: ...]} with no other {@code [Error: } inside, the innermost first: it ends at a {@code ]} before
     * another {@code ]} or the end of its line, so that brackets in its text stay ({@code [Ljava.lang.String;}).
     */
    private static final Pattern ERROR_BLOCK = Pattern.compile("(?m)\\[Error: ((?:(?!\\[Error: )[^\\r\\n])*?)\\](?=\\]|[ \\t]*$)");
    /** MVEL's excerpt of the expression, with the caret under it when there is one, and its position inside the expression. */
    private static final Pattern EXPRESSION_POSITION = Pattern.compile("(?s)\\[Near : \\{.*?\\}\\](?:[ \\t]*\\R[ \\t]*\\^)?|\\[Line: \\d+, Column: \\d+\\]");
    /** The package of the fact types, which the rules import and an analyst never writes before a type's name. */
    private static final String FACT_PACKAGE = dev.partnertier.model.FactTypes.class.getPackageName() + ".";

    /**
     * A problem whose message is MVEL's (a condition it cannot analyse) said on one line, once the hint has read it:
     * the expression as the analyst wrote it, then MVEL's errors without their brackets and with fact types by the
     * names the rules write ({@code Threshold.requirment()}, not {@code dev.partnertier.model.Threshold.requirment()});
     * without MVEL's excerpt and caret, and without its line and column, which count from the expression and so
     * disagree with the problem's own.
     */
    static RuleProblem withPlainExpressionError(RuleProblem problem) {
        Matcher m = EXPRESSION_ERROR.matcher(problem.message());
        if (!m.find()) {
            return problem;
        }
        String errors = EXPRESSION_POSITION.matcher(m.group(2)).replaceAll("");
        for (String before = null; !errors.equals(before); ) {
            before = errors;
            errors = ERROR_BLOCK.matcher(errors).replaceAll(e -> Matcher.quoteReplacement(e.group(1).replace(FACT_PACKAGE, "").strip()));
        }
        String message = (m.group(1) + ": " + errors.strip()).replaceAll("\\s*\\R\\s*", " ").strip();
        return new RuleProblem(problem.severity(), problem.file(), problem.line(), problem.column(), message, problem.hint(),
                problem.lineGuessed());
    }

    /** A parser's code and position before its message: {@code [ERR 102] Line 15:0 mismatched input ...}. */
    private static final Pattern PARSER_PREFIX = Pattern.compile("(?s)^\\[ERR \\d+\\] Line (\\d+):-?\\d+\\s+(.*)");
    /** MVEL's position after a message about a condition ({@code Predicate ... must be a Boolean expression [Line: 22, Column: 4]}). */
    private static final Pattern TRAILING_POSITION = Pattern.compile("\\s*\\[Line: (\\d+), Column: \\d+\\]\\s*$");

    /**
     * A problem without the parser's code and position in its message, which the problem gives as its own line and column:
     * kept as "Drools stopped at line 15" only when the problem was placed elsewhere (a parenthesis never closed is said
     * where it opens). MVEL's trailing {@code [Line: n, Column: m]} goes when its line is the problem's.
     */
    static RuleProblem withoutParserPosition(RuleProblem problem) {
        String message = problem.message();
        Matcher m = PARSER_PREFIX.matcher(message);
        if (m.matches()) {
            message = Integer.parseInt(m.group(1)) == problem.line() ? m.group(2) : "Drools stopped at line " + m.group(1) + ": " + m.group(2);
        }
        Matcher trailing = TRAILING_POSITION.matcher(message);
        if (trailing.find() && Integer.parseInt(trailing.group(1)) == problem.line()) {
            message = message.substring(0, trailing.start());
        }
        return message.equals(problem.message()) ? problem
                : new RuleProblem(problem.severity(), problem.file(), problem.line(), problem.column(), message, problem.hint(),
                        problem.lineGuessed());
    }

    /** A problem at the line Drools gives, with the column a parser message carries in its text. */
    private static RuleProblem general(KnowledgeBuilderResult result, String severity, String file) {
        String text = result.getMessage().strip();
        int[] lines = result.getLines();
        int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
        int column = 0;
        Matcher position = PARSER_POSITION.matcher(text);
        if (position.find()) {
            line = line > 0 ? line : Integer.parseInt(position.group(1));
            column = Integer.parseInt(position.group(2)) + 1; // the parser counts columns from 0
        }
        return new RuleProblem(severity, file, line, column, text);
    }

    /** An error of the Java compiler in a consequence, at its DRL line (the rule's line if the mapping fails). */
    private RuleProblem inConsequence(RuleDescr rule, CompilationProblem problem, String severity, String file) {
        DrlSource source = sources.get(file);
        int first = consequenceStart(rule, source);
        int line = first + problem.getStartLine() - (rule.getConsequenceOffset() + CONSEQUENCE_METHOD_HEADER);
        boolean inside = first > 0 && line >= first && line <= Math.max(first, rule.getEndLine() > 0 ? rule.getEndLine() : source.lineCount());
        return new RuleProblem(problem.isError() ? severity : "WARNING", file, inside ? line : rule.getLine(), 0,
                withoutGeneratedNames(problem.getMessage()));
    }

    /** The Java class Drools generates for a rule's consequence ({@code Rule_Silver_exam_threshold58806884}). */
    private static final Pattern GENERATED_CLASS = Pattern.compile("\\bRule_\\w+");

    /**
     * The Java compiler's message without the name of the class Drools generated for the consequence, which means
     * nothing to an analyst (and answers never name Java classes): "is undefined for the type Rule_X123" is said
     * "is undefined in a then part".
     */
    static String withoutGeneratedNames(String message) {
        String said = message.replaceAll("for the type Rule_\\w+", "in a then part");
        return GENERATED_CLASS.matcher(said).replaceAll("the rule");
    }

    /**
     * The DRL line where the consequence's text begins: Drools strips the white space after {@code then}, so its
     * first character is the first one after {@code then} that is not white space.
     */
    private static int consequenceStart(RuleDescr rule, DrlSource source) {
        int line = rule.getConsequenceLine();
        if (line <= 0) {
            return 0;
        }
        String text = source.code(line);
        Matcher then = Pattern.compile("\\bthen\\b").matcher(text);
        int from = then.find() ? then.end() : 0;
        if (!source.line(line).substring(Math.min(from, source.line(line).length())).isBlank()) {
            return line;
        }
        for (int n = line + 1; n <= source.lineCount(); n++) {
            if (!source.line(n).isBlank()) {
                return n;
            }
        }
        return 0;
    }

    /**
     * A problem without a line: an annotation given twice in a rule at the second ({@code @description}), naming the
     * first; another at the line that holds the expression it names, when one does.
     */
    private RuleProblem unplaced(RuleProblem problem) {
        if (problem.line() > 0) {
            return problem;
        }
        Matcher annotation = DUPLICATED_ANNOTATION.matcher(problem.message());
        DrlSource annotated = sources.get(problem.file());
        if (annotation.find() && annotated != null) {
            int[] lines = annotated.repeatedAnnotation(annotation.group(1));
            if (lines != null) {
                return problem.at(lines[1], annotated.columnOf(lines[1], "@"), false)
                        .withHint(Hint.of("annotation.repeated", annotation.group(1), String.valueOf(lines[0])));
            }
        }
        Matcher expression = UNPLACED_EXPRESSION.matcher(problem.message());
        if (!expression.find()) {
            return problem;
        }
        String text = expression.group(1).strip();
        for (Map.Entry<String, DrlSource> file : sources.entrySet()) {
            if (!problem.file().isEmpty() && !problem.file().equals(file.getKey())) {
                continue;
            }
            OptionalInt line = file.getValue().find(text, 1);
            if (line.isPresent()) {
                return new RuleProblem(problem.severity(), file.getKey(), line.getAsInt(),
                        file.getValue().columnOf(line.getAsInt(), text), problem.message());
            }
        }
        return problem;
    }

    /**
     * A file's parser errors, placed: a quote left open explains them all at the line it opens, and a block comment
     * left open ({@code /*} without its end) where it opens; a rule without {@code end}, before the next rule or the
     * end of the file, explains them all at the rule's last line; a line of text outside every rule explains those at or
     * after it (at the end of the file, Drools' line is one past the last) at that line; otherwise each error after a
     * parenthesis never closed (in its rule, or anywhere before for an error at the end of the file) moves to the line
     * of that parenthesis. The quote and the comment are sure places; the others are guesses.
     */
    private List<RuleProblem> placeParserErrors(String file, List<RuleProblem> errors) {
        DrlSource source = sources.get(file);
        if (source == null) {
            return errors;
        }
        RuleProblem first = errors.get(0);
        OptionalInt quote = source.openQuoteLine();
        int lastReported = errors.stream().mapToInt(RuleProblem::line).max().orElse(0);
        // A quote left open explains errors reported after it (or at the end of the file), not before it.
        if (quote.isPresent() && (quote.getAsInt() <= lastReported || lastReported == 0)) {
            // closed with a curled quote ("Gold exam threshold”): that quote is the mistake
            String opened = source.line(quote.getAsInt());
            String after = opened.substring(Math.min(source.openQuoteColumn(), opened.length()));
            OptionalInt curled = ErrorHints.typographicQuoteIn(after);
            return explainedFrom(errors, quote.getAsInt(), source.openQuoteColumn(), curled.isPresent()
                    ? Hint.of("quote.typographic", String.valueOf(after.charAt(curled.getAsInt()))) : Hint.of("quote.open"));
        }
        OptionalInt comment = source.openCommentLine();
        if (comment.isPresent() && (comment.getAsInt() <= lastReported || lastReported == 0)) {
            // the rest of the file is the comment: whatever Drools stopped at from there is the comment's missing end
            return explainedFrom(errors, comment.getAsInt(), source.openCommentColumn(), Hint.of("comment.open"));
        }
        OptionalInt noEnd = source.ruleWithoutEnd();
        if (noEnd.isPresent()) {
            int line = noEnd.getAsInt();
            return List.of(first.at(line, source.endOfCode(line), true).withHint(Hint.of("rule.end", source.ruleAround(line))));
        }
        OptionalInt cutShort = source.ruleOpenAtEndOfFile();
        if (cutShort.isPresent()) {
            int line = cutShort.getAsInt();
            return List.of(first.at(line, source.endOfCode(line), true).withHint(Hint.of("rule.end.file", source.ruleAround(line))));
        }
        OptionalInt stray = source.strayLine();
        if (stray.isPresent() && errors.stream().allMatch(e -> e.line() >= stray.getAsInt() || e.line() <= 0)) {
            // Drools reads such a line into the rule before it (or stops at the end of the file, past the last line).
            int line = stray.getAsInt();
            String word = source.code(line).strip().split("[^\\w$-]", 2)[0];
            return List.of(first.at(line, source.line(line).length() - source.line(line).stripLeading().length() + 1, true)
                    .withHint(ErrorHints.keywordMeant(source, line, word, ErrorHints.FILE_KEYWORDS).orElse(Hint.of("text.outside-rules"))));
        }
        List<RuleProblem> placed = new ArrayList<>();
        for (RuleProblem error : errors) {
            OptionalInt open = error.line() > 0 ? source.unclosedParenthesisBefore(error.line(), error.column()) : OptionalInt.empty();
            if (open.isEmpty() && error.line() > source.lastCodeLine()) {
                open = source.unclosedParenthesisInFile(); // the parser read on from it to the end of the file
            }
            if (open.isPresent() && open.getAsInt() != error.line()) {
                int line = open.getAsInt();
                placed.add(error.at(line, source.endOfCode(line), true).withHint(Hint.of("parenthesis.open")));
            } else {
                placed.add(error);
            }
        }
        return placed;
    }
}

package dev.partnertier.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one DRL file read as an analyst reads it, to place mistakes Drools cannot place: where a quote or
 * a parenthesis opens and never closes, which rule lacks its {@code end}, which line stands outside every rule, where
 * a rule binds a variable, where a text occurs. Lines and columns
 * are 1-based. Comments ({@code //}, {@code /* *}{@code /}) are skipped; text inside quotes does not count as code.
 */
final class DrlSource {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]*)\"?");
    private static final Pattern END = Pattern.compile("^\\s*end\\b");
    /** A binding, {@code $name :} (not the {@code ::} of a method reference). */
    private static final Pattern BINDING = Pattern.compile("(?<![\\w$])(\\$[\\w$]*\\w)\\s*:(?!:)");
    /** Where a top-level element starts, in a line's code: the end of the element before it. */
    private static final Pattern ELEMENT = Pattern.compile("^\\s*(rule|query|function|declare)\\b");
    /**
     * What a line outside every element may start with: a file's own statements, an attribute every rule of the file
     * takes, or an element's first line.
     */
    private static final Pattern FILE_LEVEL = Pattern.compile("^\\s*(@|(package|import|global|dialect|unit|rule|query|function"
            + "|declare|salience|no-loop|lock-on-active|agenda-group|activation-group|ruleflow-group|auto-focus|enabled"
            + "|date-effective|date-expires|duration|timer|calendars)\\b)");
    /** An element's {@code end}: alone on its line (a declared field may be called end), or last on its first line. */
    /** An element's first word at the start of a line's code or after a {@code ;}. */
    private static final Pattern ELEMENT_ANYWHERE = Pattern.compile("(?:^|;)\\s*(rule|query|function|declare)\\b");
    private static final Pattern ALONE_END = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern LAST_END = Pattern.compile("\\bend\\s*$");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b");
    private static final Pattern WHEN = Pattern.compile("^\\s*when\\b");
    /** {@code then} anywhere in a line of code, as DRL allows ({@code Partner() then}). */
    private static final Pattern ANY_THEN = Pattern.compile("(?<![\\w$.])then(?![\\w$])");

    private final String[] lines;
    /** Each line with comments and the inside of quoted texts replaced by spaces: only code is left. */
    private final String[] code;
    /** Line and column where a quote opens that its own line does not close; 0 when there is none. */
    private int openQuoteLine;
    private int openQuoteColumn;
    /** Line and column of a {@code /*} no {@code *}{@code /} closes before the end of the file; 0 when there is none. */
    private int openCommentLine;
    private int openCommentColumn;

    DrlSource(String text) {
        // Lines as the DRL parser and the Java compiler count them: ended by \n (a \r before it is part of the end).
        this.lines = text.split("\r?\n", -1);
        this.code = new String[lines.length];
        scan();
    }

    /** The text of a line (1-based), or "" outside the file. */
    String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }

    /** The code of a line: comments and quoted text blanked. */
    String code(int number) {
        return number >= 1 && number <= code.length ? code[number - 1] : "";
    }

    int lineCount() {
        return lines.length;
    }

    /** The line of the first quote left open at the end of its line (DRL texts and rule names fit on one line). */
    OptionalInt openQuoteLine() {
        return openQuoteLine == 0 ? OptionalInt.empty() : OptionalInt.of(openQuoteLine);
    }

    int openQuoteColumn() {
        return openQuoteColumn;
    }

    /** The line of a block comment ({@code /*}) left open at the end of the file; empty when every one closes. */
    OptionalInt openCommentLine() {
        return openCommentLine == 0 ? OptionalInt.empty() : OptionalInt.of(openCommentLine);
    }

    int openCommentColumn() {
        return openCommentColumn;
    }

    /**
     * The line of the first parenthesis of the file that nothing after it closes (as in {@code @description("..."}, which
     * DRL reads on to the end of the file); empty when they all close.
     */
    OptionalInt unclosedParenthesisInFile() {
        Deque<Integer> open = new ArrayDeque<>();
        for (int n = 1; n <= lines.length; n++) {
            for (char c : code(n).toCharArray()) {
                if (c == '(') {
                    open.push(n);
                } else if (c == ')' && !open.isEmpty()) {
                    open.pop();
                }
            }
        }
        return open.isEmpty() ? OptionalInt.empty() : OptionalInt.of(open.peekLast());
    }

    /** The last line that holds code (0 for a file of comments alone). */
    int lastCodeLine() {
        int last = lines.length;
        while (last > 0 && code(last).isBlank()) {
            last--;
        }
        return last;
    }

    /**
     * The line of the outermost parenthesis opened in the rule around {@code line} (from the rule's first line to
     * {@code line}, {@code column}) and not closed before that place; empty when they all close.
     */
    OptionalInt unclosedParenthesisBefore(int line, int column) {
        int from = ruleStart(line);
        Deque<Integer> open = new ArrayDeque<>();
        for (int n = from; n <= Math.min(line, lines.length); n++) {
            String text = code(n);
            int stop = n == line ? Math.min(text.length(), Math.max(0, column - 1)) : text.length();
            for (int i = 0; i < stop; i++) {
                char c = text.charAt(i);
                if (c == '(') {
                    open.push(n);
                } else if (c == ')' && !open.isEmpty()) {
                    open.pop();
                }
            }
        }
        return open.isEmpty() ? OptionalInt.empty() : OptionalInt.of(open.peekLast());
    }

    /**
     * A rule that another rule follows before its {@code end}: the line of its last code, where {@code end} is
     * missing; empty when every rule ends.
     */
    OptionalInt ruleWithoutEnd() {
        int open = 0;
        for (int n = 1; n <= lines.length; n++) {
            String text = code(n);
            if (RULE.matcher(line(n)).find() && !text.isBlank()) {
                if (open > 0) {
                    int last = n - 1;
                    while (last > open && code(last).isBlank()) {
                        last--;
                    }
                    return OptionalInt.of(last);
                }
                open = n;
            } else if (END.matcher(text).find()) {
                open = 0;
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The last rule when the file ends before its {@code end} (a file saved in the middle of an edit, or cut short): the
     * line of its last code; empty when the last rule ends.
     */
    OptionalInt ruleOpenAtEndOfFile() {
        int open = 0;
        for (int n = 1; n <= lines.length; n++) {
            if (RULE.matcher(line(n)).find() && !code(n).isBlank()) {
                open = n;
            } else if (END.matcher(code(n)).find()) {
                open = 0;
            }
        }
        if (open == 0) {
            return OptionalInt.empty();
        }
        int last = lines.length;
        while (last > open && code(last).isBlank()) {
            last--;
        }
        return OptionalInt.of(last);
    }

    /** The name of the rule whose text holds {@code line}, or "" before the first rule. */
    String ruleAround(int line) {
        int start = ruleStart(line);
        Matcher m = RULE.matcher(line(start));
        return m.find() ? m.group(1) : "";
    }

    /**
     * The text of the rule named {@code name}: from its {@code rule "..."} line to the line before the next rule, query,
     * function or declaration (or the end of the file), stripped; null when no rule of that name is written here (one
     * in a comment does not count).
     */
    String ruleText(String name) {
        for (int n = 1; n <= lines.length; n++) {
            Matcher rule = RULE.matcher(line(n));
            if (rule.find() && !code(n).isBlank() && rule.group(1).equals(name)) {
                int next = n + 1;
                while (next <= lines.length && !ELEMENT.matcher(code(next)).find()) {
                    next++;
                }
                return String.join("\n", java.util.Arrays.asList(lines).subList(n - 1, next - 1)).strip();
            }
        }
        return null;
    }

    /**
     * The first line of code outside every rule, query, declaration and function that none of DRL's file-level lines
     * starts ({@code package}, {@code import}, {@code global}, {@code dialect}, an attribute given to every rule of the
     * file, an element's first line): text pasted or typed between rules, or after the last; empty when there is none.
     * In doubt (an element this reading cannot follow to its end), none.
     */
    OptionalInt strayLine() {
        boolean inElement = false;
        boolean functionHeader = false; // a function's signature, until its body's brace opens
        boolean continued = false; // a file-level statement not ended by ; goes on on the next line
        int braces = 0; // a function's body, which ends where its braces close, not at end
        for (int n = 1; n <= lines.length; n++) {
            String text = code(n);
            if (braces > 0 || functionHeader) {
                braces += depth(text);
                functionHeader &= text.indexOf('{') < 0;
            } else if (inElement) {
                inElement = !ALONE_END.matcher(text).find();
            } else if (text.isBlank() || text.strip().equals(";") || FILE_LEVEL.matcher(text).find()
                    || (continued && !text.isBlank())) {
                if (!text.isBlank()) {
                    continued = !text.strip().endsWith(";");
                }
                // an element may also start after the ; of a statement on its line
                Matcher element = ELEMENT_ANYWHERE.matcher(text);
                if (element.find()) {
                    continued = false;
                    if (element.group(1).equals("function")) {
                        braces = depth(text);
                        functionHeader = text.indexOf('{') < 0;
                    } else {
                        inElement = !LAST_END.matcher(text.substring(element.end())).find();
                    }
                }
            } else {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    /** The braces a line opens, less those it closes. */
    private static int depth(String code) {
        int depth = 0;
        for (int i = 0; i < code.length(); i++) {
            depth += code.charAt(i) == '{' ? 1 : code.charAt(i) == '}' ? -1 : 0;
        }
        return depth;
    }

    /**
     * The line, in the {@code when} part of the rule (or query) around {@code line} and before it, where
     * {@code variable} is bound ({@code $required : required}); empty when it is not.
     */
    OptionalInt boundBefore(String variable, int line) {
        int from = Math.min(line, lines.length);
        while (from > 1 && !ELEMENT.matcher(code(from)).find()) {
            from--;
        }
        Pattern binding = Pattern.compile("(?<![\\w$])" + Pattern.quote(variable) + "(?![\\w$])\\s*:(?!:)");
        for (int n = from; n < Math.min(line, lines.length + 1); n++) {
            if (THEN.matcher(code(n)).find()) {
                break;
            }
            if (binding.matcher(code(n)).find()) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Every {@code $variable} bound in the {@code when} part of the rule (or query) around {@code line}, up to that line,
     * with the line that binds it (the first, for one bound twice), in the order they are bound.
     */
    Map<String, Integer> bindingsBefore(int line) {
        int from = Math.min(line, lines.length);
        while (from > 1 && !ELEMENT.matcher(code(from)).find()) {
            from--;
        }
        Map<String, Integer> bound = new LinkedHashMap<>();
        for (int n = from; n <= Math.min(line, lines.length); n++) { // the line itself too: $a : A() B( x == $b ) binds $a
            if (THEN.matcher(code(n)).find()) {
                break;
            }
            Matcher binding = BINDING.matcher(code(n));
            while (binding.find()) {
                bound.putIfAbsent(binding.group(1), n);
            }
        }
        return bound;
    }

    /** The previous line, before {@code line}, that holds code (not blank, not only a comment); empty if none. */
    OptionalInt codeBefore(int line) {
        for (int n = Math.min(line, lines.length + 1) - 1; n >= 1; n--) {
            if (!code(n).isBlank()) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    /** The first line, at or after {@code from}, whose code holds {@code text}; empty if none. */
    OptionalInt find(String text, int from) {
        for (int n = Math.max(1, from); n <= lines.length; n++) {
            if (code(n).contains(text) || line(n).contains(text)) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    /** The 1-based column of {@code text} in a line, or 0 when the line does not hold it. */
    int columnOf(int line, String text) {
        int at = line(line).indexOf(text);
        return at < 0 ? 0 : at + 1;
    }

    /** The column just after the last code of a line (where a missing ; or ) belongs). */
    int endOfCode(int line) {
        String text = code(line);
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end + 1;
    }

    /**
     * The first rule that gives the annotation {@code name} twice ({@code @description} on two lines before its
     * {@code when}): the lines of the first and the second; null when no rule does.
     */
    int[] repeatedAnnotation(String name) {
        Pattern annotation = Pattern.compile("(?<![\\w$])@" + Pattern.quote(name) + "\\b");
        int first = 0;
        for (int n = 1; n <= lines.length; n++) {
            String text = code(n);
            if (RULE.matcher(line(n)).find() && !text.isBlank() || WHEN.matcher(text).find()) {
                first = 0; // a rule's annotations stand between its name and its when
            }
            if (annotation.matcher(text).find()) {
                if (first > 0) {
                    return new int[] {first, n};
                }
                first = n;
            }
        }
        return null;
    }

    /**
     * For the first line of a rule ({@code rule "..."}), the first line of its then part that starts with {@code #}
     * (a comment as a properties file writes one, which Java reads as code); empty for any other line, or a rule
     * without one.
     */
    OptionalInt hashLineInThenPart(int ruleLine) {
        if (!RULE.matcher(line(ruleLine)).find() || code(ruleLine).isBlank()) {
            return OptionalInt.empty();
        }
        boolean then = false;
        for (int n = ruleLine + 1; n <= lines.length; n++) {
            String text = code(n);
            if (END.matcher(text).find() || RULE.matcher(line(n)).find() && !text.isBlank()) {
                break;
            }
            if (then && text.stripLeading().startsWith("#")) {
                return OptionalInt.of(n);
            }
            then |= THEN.matcher(text).find();
        }
        return OptionalInt.empty();
    }

    /** True when {@code line} is in a rule's then part: after its {@code then} line, before its {@code end}. */
    boolean inThenPart(int line) {
        for (int n = Math.min(line, lines.length) - 1; n >= 1; n--) {
            String text = code(n);
            if (END.matcher(text).find() || RULE.matcher(line(n)).find() && !text.isBlank()) {
                return false;
            }
            if (THEN.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a rule with no {@code then} line, up to {@code line}: the line its {@code then} belongs before (the first
     * after its {@code when} that calls one of {@code helpers}, such as {@code insertLogical}), else {@code line};
     * empty when the rule has its {@code then}, or is no rule.
     */
    OptionalInt missingThen(int line, List<String> helpers) {
        int start = ruleStart(line);
        if (!RULE.matcher(line(start)).find()) {
            return OptionalInt.empty();
        }
        int statement = 0;
        boolean when = false;
        for (int n = start; n <= Math.min(line, lines.length); n++) {
            String code = code(n).strip();
            if (ANY_THEN.matcher(code).find()) {
                return OptionalInt.empty();
            }
            when |= code.equals("when") || code.startsWith("when ");
            if (when && statement == 0 && helpers.stream().anyMatch(h -> code.matches("(?:\\$?\\w+\\s*\\.\\s*)?" + h + "\\s*\\(.*"))) {
                statement = n;
            }
        }
        return OptionalInt.of(statement > 0 ? statement : line);
    }

    /** The first line of the text that starts at {@code line}'s rule: its {@code rule "..."} line, or 1. */
    private int ruleStart(int line) {
        for (int n = Math.min(line, lines.length); n >= 1; n--) {
            if (RULE.matcher(line(n)).find() && !code(n).isBlank()) {
                return n;
            }
        }
        return 1;
    }

    /** Blanks comments and quoted text, and notes the first quote its line leaves open. */
    private void scan() {
        boolean inBlockComment = false;
        int commentLine = 0;
        int commentColumn = 0;
        for (int n = 0; n < lines.length; n++) {
            String text = lines[n];
            StringBuilder out = new StringBuilder(text.length());
            boolean inQuote = false;
            int quoteColumn = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                if (inBlockComment) {
                    if (c == '*' && next == '/') {
                        inBlockComment = false;
                        out.append("  ");
                        i++;
                    } else {
                        out.append(' ');
                    }
                } else if (inQuote) {
                    if (c == '\\' && next != 0) {
                        out.append("  ");
                        i++;
                    } else if (c == '"') {
                        inQuote = false;
                        out.append('"');
                    } else {
                        out.append(' ');
                    }
                } else if (c == '/' && next == '/') {
                    break;
                } else if (c == '/' && next == '*') {
                    inBlockComment = true;
                    commentLine = n + 1;
                    commentColumn = i + 1;
                    out.append("  ");
                    i++;
                } else if (c == '\'' && next != 0 && i + 2 < text.length() && text.charAt(i + 2) == '\'') {
                    out.append("   "); // a character literal such as '"' in a consequence
                    i += 2;
                } else if (c == '\'' && next == '\\' && i + 3 < text.length() && text.charAt(i + 3) == '\'') {
                    out.append("    "); // an escaped one, such as '\"'
                    i += 3;
                } else if (c == '"') {
                    inQuote = true;
                    quoteColumn = i + 1;
                    out.append('"');
                } else {
                    out.append(c);
                }
            }
            if (inQuote && openQuoteLine == 0) {
                openQuoteLine = n + 1;
                openQuoteColumn = quoteColumn;
            }
            code[n] = out.toString();
        }
        if (inBlockComment) {
            openCommentLine = commentLine;
            openCommentColumn = commentColumn;
        }
    }
}

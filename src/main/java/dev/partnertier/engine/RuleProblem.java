package dev.partnertier.engine;

import java.util.Comparator;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A compile error or warning in a rules folder's file, located by file, line and column (1-based; 0 when
 * unknown), with Drools' own {@code message} (one line for a condition MVEL cannot analyse, without MVEL's own position)
 * and, for the common mistakes, a plain {@code hint}.
 * {@code lineGuessed} is true when Drools could not say where the mistake is and the line is the likeliest one
 * found by reading the file (e.g. the line of a parenthesis never closed, instead of the end of the file).
 */
@Schema(requiredProperties = {"severity", "file", "line", "column", "message", "hint", "lineGuessed"})
public record RuleProblem(String severity, String file, int line, int column, String message,
        @Schema(nullable = true) Hint hint, boolean lineGuessed) {

    /** The order an analyst reads problems in: by file, then line. */
    public static final Comparator<RuleProblem> READING_ORDER = Comparator.comparing(RuleProblem::file)
            .thenComparingInt(RuleProblem::line);

    /** A problem with no hint, at a line Drools gave. */
    public RuleProblem(String severity, String file, int line, int column, String message) {
        this(severity, file, line, column, message, null, false);
    }

    /**
     * What an unexpected exception made of the rules (a library's defect on these files): an error of no one file,
     * with what the exception says and never its Java type, e.g. {@code the rules could not be loaded: ...} (the
     * service's log has the exception whole).
     */
    public static RuleProblem unexpected(String what, Throwable e) {
        return new RuleProblem("ERROR", "", 0, 0, "the rules could not be " + what + ": " + FailureHints.internal(e));
    }

    /** This problem at another place. */
    public RuleProblem at(int line, int column, boolean guessed) {
        return new RuleProblem(severity, file, line, column, message, hint, guessed);
    }

    /** This problem with a hint. */
    public RuleProblem withHint(Hint hint) {
        return new RuleProblem(severity, file, line, column, message, hint, lineGuessed);
    }

    /** This problem with its hint in a language (English or Korean). */
    public RuleProblem in(Locale language) {
        return hint == null ? this : withHint(hint.in(language));
    }

    /** {@code file:line:column: ERROR: message (hint)}, one line, as a compiler prints it. */
    @Override
    public String toString() {
        String where = file.isEmpty() ? "" : line > 0 ? file + ":" + line + ":" + column + ": " : file + ": ";
        return where + severity + ": " + message.replaceAll("\\s*\\R\\s*", " ")
                + (hint == null ? "" : " -- " + hint.text()) + (lineGuessed ? " (line guessed)" : "");
    }
}

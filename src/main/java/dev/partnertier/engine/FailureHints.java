package dev.partnertier.engine;

import java.util.List;

/**
 * Plain hints for the ways rules fail while deciding a partner (keys {@code runtime.*} of {@code hints.properties}):
 * by the kind of the innermost exception a condition or a consequence threw, since that is what the analyst can fix
 * in the DRL (a text read as a number, a missing value, an index past the end).
 */
final class FailureHints {

    /** A rule that fires without end (the firing limit reached). */
    static final Hint LOOP = Hint.of("runtime.loop");

    private FailureHints() {
    }

    /**
     * What the innermost exception says, without naming a Java class (answers never do, README "Errors"): its own
     * message ({@code / by zero}, {@code For input string: "p-1"}, Java's helpful message for a null), or words for a
     * kind whose message names classes or that has none. The hint ({@link #of}) says what to change.
     */
    static String said(Throwable root) {
        if (root instanceof ClassCastException) {
            return "a value is not of the type the rule uses it as"; // Java's message names both classes
        }
        if (root.getMessage() != null && !root.getMessage().isBlank()) {
            return root.getMessage();
        }
        return root instanceof NullPointerException ? "a value the rule uses is missing (null)" : "it threw an error without a message";
    }

    /** The hint for what the rules threw, or null when the kind has none. */
    static Hint of(Throwable thrown) {
        if (thrown == null) {
            return null;
        }
        List<Throwable> chain = RuleSet.chain(thrown);
        Throwable root = chain.get(chain.size() - 1);
        if (root instanceof NumberFormatException) {
            return Hint.of("runtime.number");
        }
        if (root instanceof NullPointerException) {
            return Hint.of("runtime.null");
        }
        if (root instanceof IndexOutOfBoundsException) {
            return Hint.of("runtime.index");
        }
        if (root instanceof ClassCastException) {
            return Hint.of("runtime.type");
        }
        if (root instanceof ArithmeticException arithmetic && arithmetic.getMessage() != null
                && arithmetic.getMessage().contains("by zero")) { // "/ by zero", BigDecimal's "Division by zero"
            return Hint.of("runtime.arithmetic");
        }
        return null;
    }
}

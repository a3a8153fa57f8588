package dev.partnertier.engine;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain hints for the ways rules fail while deciding a partner (keys {@code runtime.*} of {@code hints.properties}):
 * by the kind of the innermost exception a condition or a consequence threw, since that is what the analyst can fix
 * in the DRL (a text read as a number, a missing value, an index past the end).
 */
final class FailureHints {

    /** A rule that fires without end (the firing limit reached). */
    static final Hint LOOP = Hint.of("runtime.loop");

    /** A qualified Java name in a message ({@code java.lang.String}, {@code dev.partnertier.model.Market.name()}). */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]");
    /** The same, as the JVM writes it in a class file's terms ({@code dev/partnertier/model/Market}). */
    private static final Pattern JAVA_PATH = Pattern.compile("\\b[a-z][a-z0-9_]*(/[a-z][a-z0-9_]*)+/[A-Z]");

    private FailureHints() {
    }

    /**
     * What the innermost exception says, without naming a Java class (answers never do, README "Errors"): its own
     * message ({@code / by zero}, {@code For input string: "p-1"}), or words for a null, a wrong type, a message that
     * names Java classes, or none. The service's log has the exception whole. The hint ({@link #of}) says what to change.
     */
    static String said(Throwable root) {
        if (root instanceof StackOverflowError) {
            return "it called itself without end (the stack overflowed)"; // the JVM's message is empty
        }
        if (root instanceof ClassCastException) {
            return "a value is not of the type the rule uses it as"; // Java's message names both classes
        }
        if (root instanceof NullPointerException) {
            return "a value the rule uses is missing (null)"; // Java's helpful message names the classes it calls
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return "it threw an error without a message";
        }
        if (JAVA_NAME.matcher(message).find() || JAVA_PATH.matcher(message).find()) {
            return "it failed in code whose message names Java classes (the service's log has it)";
        }
        return message;
    }

    /**
     * What an unexpected exception of a library says (the rule compiler's, the loader's), without its Java type: a stack
     * overflow in words, its own message when it names no Java class, else that it was an internal error. Never
     * {@link #said}'s wording for a rule's failure (a null inside Drools is no value the rule uses).
     */
    static String internal(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "something called itself without end (the stack overflowed)";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank() || JAVA_NAME.matcher(message).find() || JAVA_PATH.matcher(message).find()) {
            return "an internal error (the service's log has it)";
        }
        return message;
    }

    /** The hint for what the rules threw, or null when the kind has none. */
    static Hint of(Throwable thrown) {
        if (thrown == null) {
            return null;
        }
        List<Throwable> chain = RuleSet.chain(thrown);
        Throwable root = chain.get(chain.size() - 1);
        if (root instanceof StackOverflowError) {
            return Hint.of("runtime.recursion");
        }
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

package dev.partnertier.engine;

import java.util.Optional;

/**
 * The rules ran but did not reach a usable conclusion: a defect in the rules, not in the request. Names the rule at
 * fault, with its file and line, when it is known (a consequence, a constraint, an eval or an accumulate that threw, a
 * loop, the first of the rules behind two verdicts), and gives a plain hint for the common kinds of failure (a text
 * read as a number, a missing value, a loop, no verdict, two verdicts, a total stated twice).
 */
public class RuleOutcomeException extends RuntimeException {

    private final transient RuleInfo rule;
    private final transient Hint hint;

    public RuleOutcomeException(String message) {
        this(message, null, null);
    }

    public RuleOutcomeException(String message, Throwable cause) {
        this(message, cause, null);
    }

    RuleOutcomeException(String message, Throwable cause, RuleInfo rule) {
        this(message, cause, rule, FailureHints.of(cause));
    }

    RuleOutcomeException(String message, Throwable cause, RuleInfo rule, Hint hint) {
        super(message, cause);
        this.rule = rule;
        this.hint = hint;
    }

    /**
     * The rule that failed, with its file and line; for conclusions that should be one, the first of the rules that
     * stated them by file and line. Empty when no one rule is known (no verdict, a from, an eval or accumulate of a rule
     * in dialect "mvel", a conclusion inserted through the KieRuntime).
     */
    public Optional<RuleInfo> rule() {
        return Optional.ofNullable(rule);
    }

    /** What the failure most likely means and how to fix it, in English ({@link Hint#in} for Korean); empty if unknown. */
    public Optional<Hint> hint() {
        return Optional.ofNullable(hint);
    }
}

package dev.partnertier.engine;

import java.util.Optional;

/**
 * The rules ran but did not reach a usable conclusion: a defect in the rules, not in the request. Names the rule at
 * fault, with its file and line, when Drools says which one it was (a consequence or a constraint that threw).
 */
public class RuleOutcomeException extends RuntimeException {

    private final transient RuleInfo rule;

    public RuleOutcomeException(String message) {
        this(message, null, null);
    }

    public RuleOutcomeException(String message, Throwable cause) {
        this(message, cause, null);
    }

    RuleOutcomeException(String message, Throwable cause, RuleInfo rule) {
        super(message, cause);
        this.rule = rule;
    }

    /** The rule that failed, with its file and line; empty for a failure of no one rule (no verdict, a loop, an eval). */
    public Optional<RuleInfo> rule() {
        return Optional.ofNullable(rule);
    }
}

package dev.partnertier.engine;

/** The rules ran but did not reach a usable conclusion: a defect in the rules, not in the request. */
public class RuleOutcomeException extends RuntimeException {

    public RuleOutcomeException(String message) {
        super(message);
    }

    public RuleOutcomeException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.partnertier.engine;

import java.util.List;
import java.util.Optional;

/**
 * The rules ran but did not reach a usable conclusion: a defect in the rules, not in the request. Names the rule at
 * fault, with its file and line, when it is known (a consequence, a constraint, an eval or an accumulate that threw, a
 * loop, the first of the rules behind two verdicts), and gives a plain hint for the common kinds of failure (a text
 * read as a number, a missing value, a loop, no verdict, two verdicts, a total stated twice).
 */
public class RuleOutcomeException extends RuntimeException {

    private final transient RuleInfo rule;
    private final transient List<RuleInfo> rules;
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
        this(message, cause, rule, rule == null ? List.of() : List.of(rule), hint);
    }

    RuleOutcomeException(String message, Throwable cause, RuleInfo rule, List<RuleInfo> rules, Hint hint) {
        super(message, cause);
        this.rule = rule;
        this.rules = List.copyOf(rules);
        this.hint = hint;
    }

    /**
     * The same failure (rule, hint), said of the partner it happened on: {@code on the partner of scenario "Gold"
     * (scenarios/gold.json): the rules reached 2 verdicts: ...}.
     *
     * @param partner which partner, e.g. {@code the partner of scenario "Gold" (scenarios/gold.json)}
     */
    public RuleOutcomeException on(String partner) {
        return new RuleOutcomeException("on " + partner + ": " + getMessage(), this, rule, rules, hint);
    }

    /**
     * The rule that failed, with its file and line; for conclusions that should be one, the first of the rules that
     * stated them by file and line. Empty when no one rule is known (no verdict, a from, an eval or accumulate of a rule
     * in dialect "mvel", a conclusion inserted through the KieRuntime).
     */
    public Optional<RuleInfo> rule() {
        return Optional.ofNullable(rule);
    }

    /**
     * Every rule the failure names: the one that failed, or each rule behind conclusions that should be one (two
     * verdicts), in the message's order. Empty when none is known. A caller that knows which files were just edited
     * can point at the rule among these that is in one ({@code RulesReload}).
     */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** What the failure most likely means and how to fix it, in English ({@link Hint#in} for Korean); empty if unknown. */
    public Optional<Hint> hint() {
        return Optional.ofNullable(hint);
    }
}

package dev.partnertier.scenarios;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.engine.Hint;
import dev.partnertier.engine.RuleInfo;

/** The outcome of one scenario: passed, or each way the answer differs from what was expected. */
public record ScenarioResult(String name, String file, boolean passed, List<Mismatch> mismatches) {

    /** The same result with its hints in a language (English or Korean). */
    public ScenarioResult in(Locale language) {
        return new ScenarioResult(name, file, passed, mismatches.stream().map(m -> m.in(language)).toList());
    }

    /**
     * One difference between the expected and the actual answer. For a failure of the rules ({@code what} is
     * {@code decision}), {@code hint} says in plain words what it most likely means (a text read as a number, a rule
     * that loops) and {@code rules} lists the rules its message names, with file and line; both are absent otherwise.
     */
    public record Mismatch(String what, String expected, String actual,
            @Schema(description = "What the rules' failure most likely means and how to fix it; absent for other mismatches")
            @JsonInclude(JsonInclude.Include.NON_NULL) Hint hint,
            @Schema(description = "The rules a failure of the rules names, with file and line: the rule that threw, or each "
                    + "rule behind two verdicts or a total stated twice; absent for other mismatches and when no rule is known")
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RuleInfo> rules) {

        public Mismatch {
            rules = rules == null ? List.of() : List.copyOf(rules);
        }

        /** A mismatch of figures or sentences: no hint, no rules. */
        public Mismatch(String what, String expected, String actual) {
            this(what, expected, actual, null, List.of());
        }

        Mismatch in(Locale language) {
            return hint == null ? this : new Mismatch(what, expected, actual, hint.in(language), rules);
        }

        /**
         * Whether this is the same failure of the rules as {@code other}, seen on another scenario: the same hint (kind
         * and arguments) and the same rules named, whatever figures of its own partner the message quotes. False for
         * mismatches that are not failures of the rules, and for failures that name no rule and give no hint.
         */
        public boolean sameFailureAs(Mismatch other) {
            return ScenarioRunner.DECISION.equals(what) && ScenarioRunner.DECISION.equals(other.what)
                    && (hint != null || !rules.isEmpty())
                    && Objects.equals(hint, other.hint) && rules.equals(other.rules);
        }

        @Override
        public String toString() {
            return what + ": expected " + expected + ", got " + actual;
        }
    }
}

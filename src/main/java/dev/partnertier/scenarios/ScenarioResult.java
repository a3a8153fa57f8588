package dev.partnertier.scenarios;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.engine.Hint;

/** The outcome of one scenario: passed, or each way the answer differs from what was expected. */
public record ScenarioResult(String name, String file, boolean passed, List<Mismatch> mismatches) {

    /** The same result with its hints in a language (English or Korean). */
    public ScenarioResult in(Locale language) {
        return new ScenarioResult(name, file, passed, mismatches.stream().map(m -> m.in(language)).toList());
    }

    /**
     * One difference between the expected and the actual answer; {@code hint} says, in plain words, what a failure of
     * the rules most likely means (a text read as a number, a rule that loops), and is absent otherwise.
     */
    public record Mismatch(String what, String expected, String actual,
            @Schema(description = "What the rules' failure most likely means and how to fix it; absent for other mismatches")
            @JsonInclude(JsonInclude.Include.NON_NULL) Hint hint) {

        /** A mismatch without a hint. */
        public Mismatch(String what, String expected, String actual) {
            this(what, expected, actual, null);
        }

        Mismatch in(Locale language) {
            return hint == null ? this : new Mismatch(what, expected, actual, hint.in(language));
        }

        @Override
        public String toString() {
            return what + ": expected " + expected + ", got " + actual;
        }
    }
}

package dev.partnertier.scenarios;

import java.util.List;

/** The outcome of one scenario: passed, or each way the answer differs from what was expected. */
public record ScenarioResult(String name, String file, boolean passed, List<Mismatch> mismatches) {

    /** One difference between the expected and the actual answer. */
    public record Mismatch(String what, String expected, String actual) {

        @Override
        public String toString() {
            return what + ": expected " + expected + ", got " + actual;
        }
    }
}

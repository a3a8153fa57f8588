package dev.partnertier.scenarios;

import java.util.List;

import dev.partnertier.engine.RuleInfo;

/** The outcome of a scenario run, with rule coverage: the rules no scenario fired. */
public record ScenarioReport(
        String rulesVersion,
        int passed,
        int failed,
        List<ScenarioResult> scenarios,
        int rulesTotal,
        List<RuleInfo> rulesNeverFired) {

    public boolean allPassed() {
        return failed == 0;
    }
}

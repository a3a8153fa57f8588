package dev.partnertier.scenarios;

import java.util.List;
import java.util.Locale;

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

    /** The same report with its hints in a language (English or Korean). */
    public ScenarioReport in(Locale language) {
        return new ScenarioReport(rulesVersion, passed, failed, scenarios.stream().map(s -> s.in(language)).toList(),
                rulesTotal, rulesNeverFired);
    }
}

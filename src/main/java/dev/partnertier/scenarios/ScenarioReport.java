package dev.partnertier.scenarios;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.engine.RuleInfo;

/**
 * The outcome of a scenario run, with rule coverage: the rules no scenario fired. Coverage is counted only when every
 * scenario's partner was decided: when the rules failed on one (a {@code decision} mismatch), the rules after the
 * failure had no chance to fire, and when no scenario ran, none had; {@code rulesNeverFired} is then empty.
 */
public record ScenarioReport(
        String rulesVersion,
        int passed,
        int failed,
        List<ScenarioResult> scenarios,
        int rulesTotal,
        @Schema(description = "Whether rulesNeverFired was counted: false when no scenario ran, or when the rules failed "
                + "while deciding a scenario's partner (the rules after the failure had no chance to fire)")
        boolean coverageCounted,
        @Schema(description = "The rules no scenario fired; empty when coverageCounted is false")
        List<RuleInfo> rulesNeverFired) {

    public boolean allPassed() {
        return failed == 0;
    }

    /** The same report with its hints in a language (English or Korean). */
    public ScenarioReport in(Locale language) {
        return new ScenarioReport(rulesVersion, passed, failed, scenarios.stream().map(s -> s.in(language)).toList(),
                rulesTotal, coverageCounted, rulesNeverFired);
    }
}

package dev.partnertier.scenarios;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.engine.RuleInfo;

/**
 * The outcome of a scenario run, with rule coverage: the rules no scenario fired, over the scenarios whose partner the
 * rules decided. It is not counted when the rules failed on a scenario (a {@code decision} mismatch: the rules after
 * the failure had no chance to fire), nor when they decided none (no scenario, or only invalid requests);
 * {@code rulesNeverFired} is then empty.
 */
@Schema(requiredProperties = {"rulesVersion", "passed", "failed", "scenarios", "rulesTotal", "coverageCounted", "rulesNeverFired"})
public record ScenarioReport(
        String rulesVersion,
        int passed,
        int failed,
        List<ScenarioResult> scenarios,
        int rulesTotal,
        @Schema(description = "Whether rulesNeverFired was counted: false when the rules decided no scenario's partner (no "
                + "scenario, or only invalid requests), or failed while deciding one (the rules after the failure had no "
                + "chance to fire)")
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

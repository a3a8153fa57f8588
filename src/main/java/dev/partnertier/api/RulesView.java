package dev.partnertier.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.activation.ReloadFailure;
import dev.partnertier.activation.RuleFailures;
import dev.partnertier.activation.ScenarioStanding;
import dev.partnertier.engine.RuleFileInfo;
import dev.partnertier.engine.RuleInfo;
import dev.partnertier.engine.RuleProblem;

/** {@code GET /rules}: the rules answering now, where they come from, and the last reload that failed. */
@Schema(requiredProperties = {"version", "loadedAt", "dir", "reloadEnabled", "files", "rules", "warnings", "scenarios", "failures", "languages", "missingSentences", "lastReloadError"})
public record RulesView(
        @Schema(description = "The hash of the rule files (DRL and wording) that every answer names as rulesVersion")
        String version,
        Instant loadedAt,
        @Schema(description = "The rules folder")
        String dir,
        boolean reloadEnabled,
        List<RuleFileInfo> files,
        @Schema(description = "Every rule with its file, line and description")
        List<RuleInfo> rules,
        List<RuleProblem> warnings,
        ScenarioStanding scenarios,
        @Schema(description = "Partners these rules failed on since they went live (500 rules-failed), by the rules blamed "
                + "and the hint, most recent first; the partners' data is not kept, the service's log has each failure")
        List<RuleFailures.Failure> failures,
        @Schema(description = "The languages the answers' sentences exist in", example = "[\"en\", \"ko\"]")
        Set<String> languages,
        @Schema(description = "Sentences asked for since these rules loaded (by answers, and by the scenarios run on them) and "
                + "missing from a language, by language "
                + "(English stood in for them)")
        Map<String, Set<String>> missingSentences,
        @Schema(description = "The last edit that did not go live, or null", nullable = true)
        ReloadFailure lastReloadError) {

    static RulesView of(LoadedRules rules, ScenarioStanding scenarios, List<RuleFailures.Failure> failures, String dir,
            boolean reloadEnabled, ReloadFailure lastFailure) {
        return new RulesView(rules.version(), rules.loadedAt(), dir, reloadEnabled, rules.rules().files(), rules.rules().rules(),
                rules.rules().warnings(), scenarios, failures, rules.wording().languages(), rules.wording().missing(), lastFailure);
    }
}

package dev.partnertier.scenarios;

import java.util.List;

import dev.partnertier.model.ExclusionKind;
import dev.partnertier.model.Level;
import dev.partnertier.model.Tier;

/** What a scenario expects. Only {@code tier} is required; every other field is checked when given. */
public record Expectation(
        Tier tier,
        Long activeEntitlements,
        Integer qualifiedIndividuals,
        List<Requirement> requirements,
        List<Excluded> excluded,
        Boolean nothingExcluded,
        List<String> rulesFired,
        List<String> rulesNotFired,
        List<String> explanationContains) {

    public Expectation {
        requirements = requirements == null ? List.of() : requirements;
        excluded = excluded == null ? List.of() : excluded;
        rulesFired = rulesFired == null ? List.of() : rulesFired;
        rulesNotFired = rulesNotFired == null ? List.of() : rulesNotFired;
        explanationContains = explanationContains == null ? List.of() : explanationContains;
    }

    /** A requirement result the answer must contain; {@code met}, {@code actual} and {@code required} are checked when given. */
    public record Requirement(Level level, String id, Boolean met, Long actual, Long required) {
    }

    /** An exclusion the answer must contain: one whose every given field matches. */
    public record Excluded(ExclusionKind kind, String tenantId, String workload, String individualId, String reason) {
    }
}

package dev.partnertier.scenarios;

import java.util.List;
import java.util.Map;

import dev.partnertier.model.ExclusionKind;
import dev.partnertier.model.Level;
import dev.partnertier.model.Requirement;
import dev.partnertier.model.Tier;

/**
 * What a scenario expects. Only {@code tier} is required; every other field is checked when given.
 *
 * @param explanationContains English text some sentence of the answer must contain
 * @param explanationContainsIn the same for other languages, by language tag: {@code {"ko": ["..."]}}
 */
public record Expectation(
        Tier tier,
        Long activeEntitlements,
        Integer qualifiedIndividuals,
        List<RequirementExpected> requirements,
        List<GapExpected> gaps,
        Boolean noGaps,
        List<Excluded> excluded,
        Boolean nothingExcluded,
        List<String> rulesFired,
        List<String> rulesNotFired,
        List<String> explanationContains,
        Map<String, List<String>> explanationContainsIn) {

    public Expectation {
        requirements = requirements == null ? List.of() : requirements;
        gaps = gaps == null ? List.of() : gaps;
        excluded = excluded == null ? List.of() : excluded;
        rulesFired = rulesFired == null ? List.of() : rulesFired;
        rulesNotFired = rulesNotFired == null ? List.of() : rulesNotFired;
        explanationContains = explanationContains == null ? List.of() : explanationContains;
        explanationContainsIn = explanationContainsIn == null ? Map.of() : explanationContainsIn;
    }

    /** A requirement result the answer must contain; {@code met}, {@code actual} and {@code required} are checked when given. */
    public record RequirementExpected(Level level, Requirement id, Boolean met, Long actual, Long required) {
    }

    /**
     * A gap the answer must contain: the level not met, the requirement it misses and, when given, the amount still
     * needed and the individuals named as closest to qualifying.
     */
    public record GapExpected(Level level, Requirement requirement, Long amount, List<String> closest) {
    }

    /** An exclusion the answer must contain: one whose every given field matches. */
    public record Excluded(ExclusionKind kind, String tenantId, String workload, String individualId, String reason) {
    }
}

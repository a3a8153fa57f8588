package dev.partnertier.answer;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.partnertier.model.ExclusionKind;
import dev.partnertier.model.Level;
import dev.partnertier.model.Market;
import dev.partnertier.model.Requirement;
import dev.partnertier.model.Tier;

/**
 * The answer of {@code POST /evaluate}: the tier and everything that explains it, with every sentence in the
 * language asked for. {@code excluded} is written as it is iterated, so a partner with 100,000 excluded customers
 * does not hold 100,000 sentences in memory.
 */
@Schema(requiredProperties = {"partnerId", "name", "tier", "market", "activeEntitlements", "qualifiedIndividuals", "levels", "gaps",
        "explanation", "excluded", "qualifications", "firedRules", "rulesVersion"})
public record EvaluationResponse(
        String partnerId,
        @Schema(description = "The partner's name as the request gave it; null when it gave none", nullable = true)
        String name,
        Tier tier,
        Market market,
        @Schema(description = "The active entitlements counted (active users of every workload that counts)")
        long activeEntitlements,
        @Schema(description = "The different people who qualify by any route")
        int qualifiedIndividuals,
        @Schema(description = "Silver and Gold, each met or not, with each of its requirements")
        List<LevelView> levels,
        @Schema(description = "One entry per level not met (none for a met level): the requirements it still misses")
        List<GapView> gaps,
        @Schema(description = "Sentences: the verdict first, then each requirement, then how the figures were counted")
        List<String> explanation,
        @Schema(type = SchemaType.ARRAY, implementation = ExcludedView.class,
                description = "What did not count, and why: customers, workloads and individuals")
        Iterable<ExcludedView> excluded,
        @Schema(description = "Who qualifies, and by which route")
        List<QualificationView> qualifications,
        @Schema(description = "The rules that fired, where they are written, and how often")
        List<FiredRuleView> firedRules,
        @Schema(description = "The hash of the rule files (DRL and wording) that decided")
        String rulesVersion) {

    /** One level and each of its requirements. */
    @Schema(requiredProperties = {"level", "met", "requirements"})
    public record LevelView(Level level, boolean met, List<RequirementView> requirements) {
    }

    /** One requirement of a level with the partner's figure and the threshold. */
    @Schema(requiredProperties = {"id", "met", "actual", "required", "explanation"})
    public record RequirementView(Requirement id, boolean met, long actual, long required, String explanation) {
    }

    /** A level not met and what it still misses. */
    @Schema(requiredProperties = {"level", "missing"})
    public record GapView(Level level, List<MissingView> missing) {
    }

    /**
     * A requirement not met: {@code amount} more active entitlements or qualified individuals. For exams, the people
     * one exam or certification away from a route.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(requiredProperties = {"requirement", "amount", "explanation"})
    public record MissingView(Requirement requirement, long amount, String explanation, List<CloseView> closest) {
    }

    /** Someone one exam or certification away from qualifying by a route, and what they lack. */
    @Schema(requiredProperties = {"individualId", "route", "missing", "explanation"})
    public record CloseView(String individualId,
            @Schema(description = "The route's code, as the rules name it (the README lists those of the shipped rules)") String route,
            List<String> missing, String explanation) {
    }

    /** Something that did not count, and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"kind", "reason", "explanation"})
    public record ExcludedView(ExclusionKind kind, String tenantId, String workload, String individualId,
            @Schema(description = "The reason's code, as the rule that excluded it gives it (the README lists those of the shipped rules)") String reason,
            @Schema(description = "The active users that did not count because of this: a workload's own; a customer's, of its "
                    + "workloads no other exclusion names (absent for an individual)") Long activeUsers, String explanation) {
    }

    /** One route by which an individual qualifies. */
    @Schema(requiredProperties = {"individualId", "route", "explanation"})
    public record QualificationView(String individualId,
            @Schema(description = "The route's code, as the rules name it (the README lists those of the shipped rules)") String route,
            String explanation) {
    }

    /** A rule that fired, where it is written, and how many times it fired. */
    @Schema(requiredProperties = {"name", "file", "firings"})
    public record FiredRuleView(String name, String file, int firings) {
    }
}

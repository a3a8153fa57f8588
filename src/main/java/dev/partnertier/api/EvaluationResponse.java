package dev.partnertier.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.partnertier.engine.Evaluation;
import dev.partnertier.model.ExclusionKind;
import dev.partnertier.model.Level;
import dev.partnertier.model.LevelResult;
import dev.partnertier.model.Market;
import dev.partnertier.model.RequirementResult;
import dev.partnertier.model.Tier;

/** The answer of {@code POST /evaluate}: the tier and everything that explains it. */
public record EvaluationResponse(
        String partnerId,
        String name,
        Tier tier,
        Market market,
        long activeEntitlements,
        int qualifiedIndividuals,
        List<LevelView> levels,
        List<String> explanation,
        List<ExcludedView> excluded,
        List<QualificationView> qualifications,
        List<FiredRuleView> firedRules,
        String rulesVersion) {

    /** One level and each of its requirements. */
    public record LevelView(Level level, boolean met, List<RequirementView> requirements) {
    }

    /** One requirement of a level with the partner's figure and the threshold. */
    public record RequirementView(String id, boolean met, long actual, long required, String explanation) {
    }

    /** Something that did not count, and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExcludedView(ExclusionKind kind, String tenantId, String workload, String individualId,
            String reason, Long activeUsers, String explanation) {
    }

    /** One route by which an individual qualifies. */
    public record QualificationView(String individualId, String route, String explanation) {
    }

    /** A rule that fired, where it is written, and how many times it fired. */
    public record FiredRuleView(String name, String file, int firings) {
    }

    static EvaluationResponse of(EvaluationRequest request, Evaluation e) {
        return new EvaluationResponse(request.partnerId(), request.name(), e.verdict().tier(), request.market(),
                e.activeEntitlements(), e.qualifiedIndividuals(), levels(e), e.explanation(),
                e.exclusions().stream().map(x -> new ExcludedView(x.kind(), x.tenantId(), x.workload(),
                        x.individualId(), x.reason(), x.activeUsers(), x.explanation())).toList(),
                e.qualifications().stream().map(q -> new QualificationView(q.individualId(), q.route(), q.explanation())).toList(),
                e.firedRules().stream().map(f -> new FiredRuleView(f.name(), f.file(), f.firings())).toList(),
                e.rulesVersion());
    }

    private static List<LevelView> levels(Evaluation e) {
        List<LevelView> levels = new ArrayList<>();
        for (LevelResult level : e.levels()) {
            List<RequirementView> requirements = new ArrayList<>();
            for (RequirementResult r : e.requirements()) {
                if (r.level() == level.level()) {
                    requirements.add(new RequirementView(r.requirement(), r.met(), r.actual(), r.required(), r.explanation()));
                }
            }
            levels.add(new LevelView(level.level(), level.met(), List.copyOf(requirements)));
        }
        return List.copyOf(levels);
    }
}

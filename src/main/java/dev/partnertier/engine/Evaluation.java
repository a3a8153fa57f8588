package dev.partnertier.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

import dev.partnertier.model.ActiveEntitlements;
import dev.partnertier.model.Exclusion;
import dev.partnertier.model.LevelResult;
import dev.partnertier.model.Qualification;
import dev.partnertier.model.QualifiedIndividuals;
import dev.partnertier.model.RequirementResult;
import dev.partnertier.model.Verdict;

/** What the rules concluded for one partner, as the facts they inserted, plus the rules that fired. */
public record Evaluation(
        Verdict verdict,
        long activeEntitlements,
        int qualifiedIndividuals,
        List<RequirementResult> requirements,
        List<LevelResult> levels,
        List<Exclusion> exclusions,
        List<Qualification> qualifications,
        List<String> explanation,
        List<FiredRule> firedRules,
        String rulesVersion) {

    private static final Comparator<RequirementResult> REQUIREMENT_ORDER = Comparator
            .comparing(RequirementResult::level)
            .thenComparing(r -> "performance".equals(r.requirement()) ? "" : r.requirement());
    private static final Comparator<Exclusion> EXCLUSION_ORDER = Comparator
            .comparing(Exclusion::kind)
            .thenComparing(Exclusion::tenantId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Exclusion::workload, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Exclusion::individualId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Exclusion::reason);

    static Evaluation collect(KieSession session, List<FiredRule> fired, String rulesVersion) {
        List<Verdict> verdicts = facts(session, Verdict.class);
        if (verdicts.size() != 1) {
            throw new RuleOutcomeException(verdicts.isEmpty()
                    ? "the rules reached no verdict"
                    : "the rules reached " + verdicts.size() + " verdicts: " + verdicts);
        }
        Verdict verdict = verdicts.get(0);
        List<ActiveEntitlements> entitlements = facts(session, ActiveEntitlements.class);
        List<QualifiedIndividuals> qualified = facts(session, QualifiedIndividuals.class);
        List<RequirementResult> requirements = sorted(facts(session, RequirementResult.class), REQUIREMENT_ORDER);
        List<LevelResult> levels = sorted(facts(session, LevelResult.class), Comparator.comparing(LevelResult::level));
        List<Exclusion> exclusions = sorted(facts(session, Exclusion.class), EXCLUSION_ORDER);
        List<Qualification> qualifications = sorted(facts(session, Qualification.class),
                Comparator.comparing(Qualification::individualId).thenComparing(Qualification::route));

        // The verdict first, then each requirement, then how the figures were counted.
        List<String> explanation = new ArrayList<>();
        explanation.add(verdict.explanation());
        requirements.forEach(r -> explanation.add(r.explanation()));
        entitlements.forEach(e -> explanation.add(e.explanation()));
        qualified.forEach(q -> explanation.add(q.explanation()));

        return new Evaluation(verdict,
                entitlements.stream().mapToLong(ActiveEntitlements::total).sum(),
                qualified.stream().mapToInt(QualifiedIndividuals::count).sum(),
                requirements, levels, exclusions, qualifications, List.copyOf(explanation), List.copyOf(fired),
                rulesVersion);
    }

    private static <T> List<T> facts(KieSession session, Class<T> type) {
        Collection<? extends Object> objects = session.getObjects(new ClassObjectFilter(type));
        List<T> result = new ArrayList<>(objects.size());
        for (Object o : objects) {
            result.add(type.cast(o));
        }
        return result;
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        list.sort(order);
        return List.copyOf(list);
    }
}

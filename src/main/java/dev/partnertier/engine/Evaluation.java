package dev.partnertier.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

import dev.partnertier.model.ActiveEntitlements;
import dev.partnertier.model.CloseToQualifying;
import dev.partnertier.model.CountingAssociations;
import dev.partnertier.model.Customers;
import dev.partnertier.model.EligibleWorkloads;
import dev.partnertier.model.Exclusion;
import dev.partnertier.model.Gap;
import dev.partnertier.model.LevelResult;
import dev.partnertier.model.Qualification;
import dev.partnertier.model.QualifiedIndividuals;
import dev.partnertier.model.QualifyingRoute;
import dev.partnertier.model.RequirementResult;
import dev.partnertier.model.Verdict;
import dev.partnertier.model.Workloads;

/**
 * What the rules concluded for one partner: the facts they inserted, in a stable order, and the rules that fired.
 * No sentences: those are the wording's, in the language asked for.
 *
 * @param routes the qualifying routes, eligible workloads and counting associations the rules stated, which the
 *               sentences about exclusions and gaps name
 */
public record Evaluation(
        Verdict verdict,
        ActiveEntitlements activeEntitlements,
        QualifiedIndividuals qualifiedIndividuals,
        List<RequirementResult> requirements,
        List<LevelResult> levels,
        List<Gap> gaps,
        List<Exclusion> exclusions,
        List<Qualification> qualifications,
        List<CloseToQualifying> closeToQualifying,
        List<QualifyingRoute> routes,
        EligibleWorkloads eligibleWorkloads,
        CountingAssociations countingAssociations,
        List<FiredRule> firedRules,
        String rulesVersion) {

    private static final Comparator<RequirementResult> REQUIREMENT_ORDER = Comparator
            .comparing(RequirementResult::level).thenComparing(RequirementResult::requirement);

    /** The partner's counted active entitlements (0 when no rule counted any). */
    public long activeEntitlementsTotal() {
        return activeEntitlements == null ? 0 : activeEntitlements.total();
    }

    /** How many different people qualify (0 when no rule counted any). */
    public int qualifiedIndividualsCount() {
        return qualifiedIndividuals == null ? 0 : qualifiedIndividuals.count();
    }

    /** How many customers, workloads and individuals did not count (each exclusion fact stands for its members). */
    public long excludedCount() {
        long n = 0;
        for (Exclusion x : exclusions) {
            n += x.subject() instanceof Customers c ? c.count() : x.subject() instanceof Workloads w ? w.count() : 1;
        }
        return n;
    }

    /** @throws RuleOutcomeException when the rules reached no single verdict (a defect in the rules) */
    static Evaluation collect(KieSession session, List<FiredRule> fired, String rulesVersion) {
        List<Verdict> verdicts = facts(session, Verdict.class);
        if (verdicts.size() != 1) {
            throw new RuleOutcomeException(verdicts.isEmpty()
                    ? "the rules reached no verdict"
                    : "the rules reached " + verdicts.size() + " verdicts: " + verdicts);
        }
        return new Evaluation(verdicts.get(0),
                single(session, ActiveEntitlements.class),
                single(session, QualifiedIndividuals.class),
                sorted(facts(session, RequirementResult.class), REQUIREMENT_ORDER),
                sorted(facts(session, LevelResult.class), Comparator.comparing(LevelResult::level)),
                sorted(facts(session, Gap.class), Comparator.comparing(Gap::level).thenComparing(Gap::requirement)),
                facts(session, Exclusion.class),
                sorted(facts(session, Qualification.class),
                        Comparator.comparing(Qualification::individualId).thenComparing(Qualification::route)),
                sorted(facts(session, CloseToQualifying.class),
                        Comparator.comparing(CloseToQualifying::individualId).thenComparing(CloseToQualifying::route)),
                sorted(facts(session, QualifyingRoute.class), Comparator.comparing(QualifyingRoute::name)),
                single(session, EligibleWorkloads.class),
                single(session, CountingAssociations.class),
                List.copyOf(fired), rulesVersion);
    }

    private static <T> T single(KieSession session, Class<T> type) {
        List<T> all = facts(session, type);
        if (all.size() > 1) {
            throw new RuleOutcomeException("the rules stated " + all.size() + " different " + type.getSimpleName() + " facts: " + all);
        }
        return all.isEmpty() ? null : all.get(0);
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

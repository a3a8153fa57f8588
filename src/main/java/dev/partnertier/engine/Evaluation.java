package dev.partnertier.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    /**
     * The conclusions among the facts of a session's working memory ({@link LiveFacts}), by what they are.
     *
     * @throws RuleOutcomeException when the rules reached no single verdict (a defect in the rules)
     */
    static Evaluation collect(Iterable<Object> live, List<FiredRule> fired, String rulesVersion) {
        Facts facts = new Facts();
        for (Object fact : live) {
            facts.add(fact);
        }
        if (facts.verdicts.size() != 1) {
            throw new RuleOutcomeException(facts.verdicts.isEmpty()
                    ? "the rules reached no verdict"
                    : "the rules reached " + facts.verdicts.size() + " verdicts: " + facts.verdicts);
        }
        return new Evaluation(facts.verdicts.get(0),
                single(facts.entitlements, "ActiveEntitlements"),
                single(facts.qualified, "QualifiedIndividuals"),
                sorted(facts.requirements, REQUIREMENT_ORDER),
                sorted(facts.levels, Comparator.comparing(LevelResult::level)),
                sorted(facts.gaps, Comparator.comparing(Gap::level).thenComparing(Gap::requirement)),
                List.copyOf(facts.exclusions),
                sorted(facts.qualifications, Comparator.comparing(Qualification::individualId).thenComparing(Qualification::route)),
                sorted(facts.close, Comparator.comparing(CloseToQualifying::individualId).thenComparing(CloseToQualifying::route)),
                sorted(facts.routes, Comparator.comparing(QualifyingRoute::name)),
                single(facts.eligible, "EligibleWorkloads"),
                single(facts.counting, "CountingAssociations"),
                List.copyOf(fired), rulesVersion);
    }

    /** The facts of a session by what they are, in one pass over its working memory. */
    private static final class Facts {
        final List<Verdict> verdicts = new ArrayList<>(1);
        final List<ActiveEntitlements> entitlements = new ArrayList<>(1);
        final List<QualifiedIndividuals> qualified = new ArrayList<>(1);
        final List<RequirementResult> requirements = new ArrayList<>(4);
        final List<LevelResult> levels = new ArrayList<>(2);
        final List<Gap> gaps = new ArrayList<>(4);
        final List<Exclusion> exclusions = new ArrayList<>();
        final List<Qualification> qualifications = new ArrayList<>();
        final List<CloseToQualifying> close = new ArrayList<>();
        final List<QualifyingRoute> routes = new ArrayList<>(2);
        final List<EligibleWorkloads> eligible = new ArrayList<>(1);
        final List<CountingAssociations> counting = new ArrayList<>(1);

        void add(Object fact) {
            if (fact instanceof Exclusion x) {
                exclusions.add(x);
            } else if (fact instanceof RequirementResult r) {
                requirements.add(r);
            } else if (fact instanceof LevelResult l) {
                levels.add(l);
            } else if (fact instanceof Gap g) {
                gaps.add(g);
            } else if (fact instanceof Qualification q) {
                qualifications.add(q);
            } else if (fact instanceof CloseToQualifying c) {
                close.add(c);
            } else if (fact instanceof QualifyingRoute r) {
                routes.add(r);
            } else if (fact instanceof Verdict v) {
                verdicts.add(v);
            } else if (fact instanceof ActiveEntitlements a) {
                entitlements.add(a);
            } else if (fact instanceof QualifiedIndividuals q) {
                qualified.add(q);
            } else if (fact instanceof EligibleWorkloads e) {
                eligible.add(e);
            } else if (fact instanceof CountingAssociations c) {
                counting.add(c);
            }
            // anything else: the request's own facts, and whatever analysts' rules insert for themselves
        }
    }

    private static <T> T single(List<T> all, String what) {
        if (all.size() > 1) {
            throw new RuleOutcomeException("the rules stated " + all.size() + " different " + what + " facts: " + all);
        }
        return all.isEmpty() ? null : all.get(0);
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        list.sort(order);
        return List.copyOf(list);
    }
}

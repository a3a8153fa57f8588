package dev.partnertier.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.partnertier.model.ActiveEntitlements;
import dev.partnertier.model.CloseToQualifying;
import dev.partnertier.model.CountingAssociations;
import dev.partnertier.model.Customers;
import dev.partnertier.model.EligibleWorkloads;
import dev.partnertier.model.Exclusion;
import dev.partnertier.model.Gap;
import dev.partnertier.model.Level;
import dev.partnertier.model.LevelResult;
import dev.partnertier.model.Qualification;
import dev.partnertier.model.QualifiedIndividuals;
import dev.partnertier.model.QualifyingRoute;
import dev.partnertier.model.Requirement;
import dev.partnertier.model.RequirementResult;
import dev.partnertier.model.Threshold;
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
    /** The conclusions a partner has one of: when rules state two, {@link #collect} names the rules that did. */
    static final Set<Class<?>> SINGLE = Set.of(Verdict.class, ActiveEntitlements.class, QualifiedIndividuals.class,
            EligibleWorkloads.class, CountingAssociations.class);
    /**
     * The kinds of fact whose stating rules a conflict names: those in {@link #SINGLE}, thresholds (one per level and
     * requirement) and routes (one per name).
     */
    static final Set<Class<?>> NAMED_IN_CONFLICTS = Set.of(Verdict.class, ActiveEntitlements.class,
            QualifiedIndividuals.class, EligibleWorkloads.class, CountingAssociations.class, Threshold.class, QualifyingRoute.class);
    private static final Comparator<RuleInfo> RULE_ORDER = Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line);

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
     * @param statedBy the rules that state a fact of a kind in {@link #NAMED_IN_CONFLICTS} (empty when none is known),
     *                 named when conclusions conflict
     * @throws RuleOutcomeException when the rules reached no verdict, more than one fact of a kind in {@link #SINGLE}
     *         (two verdicts, a total stated twice, equal or not), or two thresholds for one level and requirement: a
     *         defect in the rules, named with the rules that stated them and a hint
     */
    static Evaluation collect(Iterable<Object> live, Function<Object, List<RuleInfo>> statedBy, List<FiredRule> fired,
            String rulesVersion) {
        Facts facts = new Facts();
        for (Object fact : live) {
            facts.add(fact);
        }
        // Totals first: two of them lead the rules to two verdicts, so they are the conflict to name.
        ActiveEntitlements entitlements = single(facts.entitlements, "ActiveEntitlements", statedBy);
        QualifiedIndividuals qualified = single(facts.qualified, "QualifiedIndividuals", statedBy);
        EligibleWorkloads eligible = single(facts.eligible, "EligibleWorkloads", statedBy);
        CountingAssociations counting = single(facts.counting, "CountingAssociations", statedBy);
        // Then thresholds: two for one requirement give it two results, and the level maybe two verdicts.
        oneThresholdEach(facts.thresholds, statedBy);
        oneRouteEach(facts.routes, statedBy);
        if (facts.verdicts.isEmpty()) {
            Missing missing = firstMissing(facts, entitlements, qualified);
            throw missing == null
                    ? new RuleOutcomeException("the rules reached no verdict", null, null, Hint.of("runtime.no-verdict"))
                    : new RuleOutcomeException("the rules reached no verdict: " + missing.what(), null, null, Hint.of(missing.hint()));
        }
        if (facts.verdicts.size() > 1) {
            throw conflict("the rules reached " + facts.verdicts.size() + " verdicts", facts.verdicts, statedBy,
                    Hint.of("runtime.verdicts"));
        }
        return new Evaluation(facts.verdicts.get(0), entitlements, qualified,
                sorted(facts.requirements, REQUIREMENT_ORDER),
                sorted(facts.levels, Comparator.comparing(LevelResult::level)),
                sorted(facts.gaps, Comparator.comparing(Gap::level).thenComparing(Gap::requirement)),
                List.copyOf(facts.exclusions),
                sorted(facts.qualifications, Comparator.comparing(Qualification::individualId).thenComparing(Qualification::route)),
                sorted(facts.close, Comparator.comparing(CloseToQualifying::individualId).thenComparing(CloseToQualifying::route)),
                sorted(facts.routes, Comparator.comparing(QualifyingRoute::name)),
                eligible, counting, List.copyOf(fired), rulesVersion);
    }

    /** What a partner lacks on the way to a verdict, and the hint for it. */
    private record Missing(String what, String hint) {
    }

    /**
     * For no verdict: the first conclusion a verdict is reached from that no rule stated for this partner, in the order
     * they build on each other (a threshold for each level and requirement, the two totals, a result for each level and
     * requirement, a result for each level), e.g. {@code no rule stated a Threshold for SILVER PERFORMANCE}; null when
     * they are all there (the rules that conclude the tier are what is missing).
     */
    private static Missing firstMissing(Facts facts, ActiveEntitlements entitlements, QualifiedIndividuals qualified) {
        for (Level level : Level.values()) {
            for (Requirement requirement : Requirement.values()) {
                if (facts.thresholds.stream().noneMatch(t -> t.level() == level && t.requirement() == requirement)) {
                    return new Missing("no rule stated a Threshold for " + level + " " + requirement, "runtime.no-threshold");
                }
            }
        }
        if (entitlements == null || qualified == null) {
            return new Missing("no rule stated the " + (entitlements == null ? "ActiveEntitlements" : "QualifiedIndividuals"),
                    "runtime.no-conclusion");
        }
        for (Level level : Level.values()) {
            for (Requirement requirement : Requirement.values()) {
                if (facts.requirements.stream().noneMatch(r -> r.level() == level && r.requirement() == requirement)) {
                    return new Missing("no rule stated a RequirementResult for " + level + " " + requirement, "runtime.no-conclusion");
                }
            }
        }
        for (Level level : Level.values()) {
            if (facts.levels.stream().noneMatch(l -> l.level() == level)) {
                return new Missing("no rule stated a LevelResult for " + level, "runtime.no-conclusion");
            }
        }
        return null;
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
        final List<Threshold> thresholds = new ArrayList<>(4);

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
            } else if (fact instanceof Threshold t) {
                thresholds.add(t);
            }
            // anything else: the request's own facts, and whatever analysts' rules insert for themselves
        }
    }

    /**
     * @throws RuleOutcomeException when two different thresholds are for the same level and requirement, naming the rules
     *         that stated them. Equal ones are not a conflict: the requirement's results are then equal too, and
     *         insertLogical holds them as one
     */
    private static void oneThresholdEach(List<Threshold> thresholds, Function<Object, List<RuleInfo>> statedBy) {
        for (int i = 0; i < thresholds.size(); i++) { // a few per partner: no map
            Threshold first = thresholds.get(i);
            List<Threshold> same = null;
            for (int j = i + 1; j < thresholds.size(); j++) {
                Threshold other = thresholds.get(j);
                if (other.level() == first.level() && other.requirement() == first.requirement() && !other.equals(first)) {
                    if (same == null) {
                        same = new ArrayList<>(List.of(first));
                    }
                    same.add(other);
                }
            }
            if (same != null) {
                throw conflict("the rules stated " + same.size() + " thresholds for " + first.level() + " " + first.requirement(),
                        same, statedBy, Hint.of("runtime.thresholds"));
            }
        }
    }

    /**
     * @throws RuleOutcomeException when two different routes have one name, naming the rules that stated them: a route's
     *         sentences are found by its name ({@code qualification.<route>}), and a person's qualification names it
     */
    private static void oneRouteEach(List<QualifyingRoute> routes, Function<Object, List<RuleInfo>> statedBy) {
        for (int i = 0; i < routes.size(); i++) { // two or three per partner: no map
            QualifyingRoute first = routes.get(i);
            List<QualifyingRoute> same = null;
            for (int j = i + 1; j < routes.size(); j++) {
                QualifyingRoute other = routes.get(j);
                if (other.name().equals(first.name()) && !other.equals(first)) {
                    if (same == null) {
                        same = new ArrayList<>(List.of(first));
                    }
                    same.add(other);
                }
            }
            if (same != null) {
                throw conflict("the rules stated " + same.size() + " routes named " + first.name(), same, statedBy,
                        Hint.of("runtime.routes", first.name()));
            }
        }
    }

    private static <T> T single(List<T> all, String what, Function<Object, List<RuleInfo>> statedBy) {
        if (all.size() > 1) {
            throw conflict("the rules stated " + all.size() + " " + what + " facts", all, statedBy,
                    Hint.of("runtime.single", what));
        }
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * Conclusions that should be one, each named with the rules that state it, e.g. {@code Verdict[tier=GOLD] from the
     * rule "…" (tier.drl, line 25)}. The exception's rule is the first of them by file and line, when every conclusion's
     * rule is known (otherwise none: the one not known may be the mistake).
     */
    private static RuleOutcomeException conflict(String what, List<?> facts, Function<Object, List<RuleInfo>> statedBy,
            Hint hint) {
        StringBuilder message = new StringBuilder(what).append(": ");
        RuleInfo first = null;
        List<RuleInfo> named = new ArrayList<>();
        boolean allKnown = true;
        for (int i = 0; i < facts.size(); i++) {
            Object fact = facts.get(i);
            List<RuleInfo> rules = statedBy.apply(fact);
            message.append(i == 0 ? "" : "; ").append(fact);
            if (rules.isEmpty()) {
                message.append(" from a rule not known (inserted through the KieRuntime)");
                allKnown = false;
            }
            for (int r = 0; r < rules.size(); r++) {
                RuleInfo rule = rules.get(r);
                message.append(r == 0 ? rules.size() == 1 ? " from the rule " : " from the rules " : r == rules.size() - 1 ? " and " : ", ")
                        .append('"').append(rule.name()).append('"').append(RuleSet.where(rule));
                if (!named.contains(rule)) {
                    named.add(rule);
                }
                if (first == null || RULE_ORDER.compare(rule, first) < 0) {
                    first = rule;
                }
            }
        }
        return new RuleOutcomeException(message.toString(), null, allKnown ? first : null, named, hint);
    }

    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        list.sort(order);
        return List.copyOf(list);
    }
}

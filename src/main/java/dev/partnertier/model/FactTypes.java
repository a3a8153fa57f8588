package dev.partnertier.model;

import java.util.List;

/**
 * The types rules may use, by simple name: the facts (input and rule-made) and the enums of their fields. The
 * compile-error hints suggest from this list when a rule names a type that does not exist.
 */
public final class FactTypes {

    /** Every public type of this package a rule can name (PartnerFacts, the request's holder, is not one). */
    public static final List<Class<?>> ALL = List.of(
            Partner.class, Customers.class, Workloads.class, Individual.class,
            CountingAssociations.class, EligibleWorkloads.class, QualifyingRoute.class, Threshold.class,
            Exclusion.class, ActiveEntitlements.class, Qualification.class, QualifiedIndividuals.class,
            CloseToQualifying.class, RequirementResult.class, LevelResult.class, Verdict.class, Gap.class,
            Level.class, Market.class, Tier.class, Requirement.class, ExclusionKind.class);

    /**
     * The facts a request gives ({@code POST /evaluate}'s partner, customers, workloads, people): the rules judge them,
     * and never delete, change or make one (rules/README.md, "Never change the facts of the request").
     */
    public static final List<Class<?>> REQUEST = List.of(Partner.class, Customers.class, Workloads.class, Individual.class);

    private FactTypes() {
    }
}

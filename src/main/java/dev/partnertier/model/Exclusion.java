package dev.partnertier.model;

/**
 * Rule-made fact: something in the request that does not count, with the reason the rule gives (e.g.
 * {@code TRIAL}); the sentence for a reason is wording ({@code exclusion.TRIAL}). The subject is the
 * {@link Customers}, {@link Workloads} or {@link Individual} fact excluded. A workload counts only while no
 * exclusion names it or its customers, so a new reason not to count something is one new rule.
 */
public record Exclusion(Object subject, String reason) {

    public static Exclusion of(Object subject, String reason) {
        return new Exclusion(subject, reason);
    }

    /** What the subject is, as answers name it. */
    public ExclusionKind kind() {
        if (subject instanceof Customers) {
            return ExclusionKind.CUSTOMER;
        }
        if (subject instanceof Workloads) {
            return ExclusionKind.WORKLOAD;
        }
        if (subject instanceof Individual) {
            return ExclusionKind.INDIVIDUAL;
        }
        throw new IllegalStateException("an exclusion of something that is not a customer, a workload or an individual: " + subject);
    }
}

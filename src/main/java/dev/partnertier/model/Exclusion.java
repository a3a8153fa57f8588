package dev.partnertier.model;

/**
 * Output fact: something in the request that does not count, with the reason code the rule gave and a
 * sentence for people. A workload counts only while no exclusion names it or its customer, so a new reason
 * not to count something is one new rule that inserts an exclusion.
 */
public record Exclusion(
        ExclusionKind kind,
        String tenantId,
        String workload,
        String individualId,
        String reason,
        Long activeUsers,
        String explanation) {

    public static Exclusion customer(Customer customer, String reason, String explanation) {
        return new Exclusion(ExclusionKind.CUSTOMER, customer.tenantId(), null, null, reason, null, explanation);
    }

    public static Exclusion workload(Workload workload, String reason, String explanation) {
        return new Exclusion(ExclusionKind.WORKLOAD, workload.tenantId(), workload.workload(), null, reason,
                workload.activeUsers(), explanation);
    }

    public static Exclusion individual(Individual individual, String reason, String explanation) {
        return new Exclusion(ExclusionKind.INDIVIDUAL, null, null, individual.id(), reason, null, explanation);
    }
}

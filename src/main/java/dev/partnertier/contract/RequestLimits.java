package dev.partnertier.contract;

/**
 * How many entries the lists of one request may hold. A deployment's setting ({@code limits.*}), not part of the
 * rules: scenarios, which test the rules, are read with {@link #NONE}.
 */
public record RequestLimits(int customers, int workloadsPerCustomer, int associationsPerCustomer, int individuals,
        int credentialsPerIndividual) {

    /** No limit on any list: for scenarios and for checking rules, where the deployment's limits do not apply. */
    public static final RequestLimits NONE = new RequestLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE, Integer.MAX_VALUE);
}

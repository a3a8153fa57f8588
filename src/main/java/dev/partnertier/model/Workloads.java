package dev.partnertier.model;

/**
 * Input fact: all workloads of one name (such as {@code EXCHANGE_ONLINE}) and one trial flag among the
 * {@link Customers} of one set of associations: how many workloads they are and their active users summed.
 * Workload names are data the rules judge, not a Java list, so analysts change the eligible ones in DRL alone.
 */
public record Workloads(Customers customers, String workload, boolean trial, int count, long activeUsers) {
}

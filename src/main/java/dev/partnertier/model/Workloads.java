package dev.partnertier.model;

/**
 * Input fact: all workloads of one name (as Partner Center names it) and one trial flag among the
 * {@link Customers} of one set of associations: how many workloads they are and their active users summed.
 * Workload names are data the rules judge, not a Java list, so analysts change the eligible ones in DRL alone.
 */
public record Workloads(Customers customers, String workload, boolean trial, int count, long activeUsers) {

    /**
     * Identity: each fact stands for a distinct group (or person) of one request, and the rules' indexes hash it
     * for every join (by value, that walked the whole record each time: a tenth of a small decision).
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

package dev.partnertier.model;

import java.util.Collection;
import java.util.Set;

/**
 * Input fact: all the partner's customers that share one set of associations (as Partner Center names them),
 * and how many they are. The rules judge a customer by its associations only, so customers with the same ones get
 * the same judgement: one fact for all of them keeps a decision's cost independent of the number of customers
 * (bench/README.md). The answer lists each customer a judgement applies to.
 */
public record Customers(Set<String> associations, int count) {

    public Customers {
        associations = Set.copyOf(associations);
    }

    /** True when these customers hold none of the given associations with the partner. */
    public boolean holdsNoneOf(Collection<String> wanted) {
        for (String association : wanted) {
            if (associations.contains(association)) {
                return false;
            }
        }
        return true;
    }

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

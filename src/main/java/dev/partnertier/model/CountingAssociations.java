package dev.partnertier.model;

import java.util.List;

/**
 * Rule-made fact: the associations with a customer that make its deployments count (any one is enough), in the
 * order a sentence lists them. One per session.
 */
public record CountingAssociations(List<String> associations) {

    public CountingAssociations {
        associations = List.copyOf(associations);
    }

    public CountingAssociations(String... associations) {
        this(List.of(associations));
    }
}

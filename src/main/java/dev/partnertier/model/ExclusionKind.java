package dev.partnertier.model;

/** What an exclusion is about. */
public enum ExclusionKind {
    CUSTOMER,
    WORKLOAD,
    INDIVIDUAL
}

package dev.partnertier.model;

/** Intermediate fact: a workload whose active users count as active entitlements. */
public record CountedWorkload(String tenantId, String workload, long activeEntitlements) {
}

package dev.partnertier.model;

/** Rule-made fact: the partner's counted active entitlements, the workloads they come from and the customers counted. */
public record ActiveEntitlements(long total, long workloads, long customers) {
}

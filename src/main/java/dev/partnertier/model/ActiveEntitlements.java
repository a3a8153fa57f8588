package dev.partnertier.model;

/** Output fact: the partner's counted active entitlements, with what they were counted from. */
public record ActiveEntitlements(long total, int workloads, int customers, String explanation) {
}

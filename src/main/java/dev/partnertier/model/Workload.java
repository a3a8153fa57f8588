package dev.partnertier.model;

/**
 * Input fact: one Office 365 workload of a customer with the number of its active users. The rules decide
 * whether it counts; the workload name is data (e.g. {@code EXCHANGE_ONLINE}), not a Java enum, so analysts
 * can change the eligible list in DRL alone.
 */
public record Workload(String tenantId, String workload, long activeUsers, boolean trial) {
}

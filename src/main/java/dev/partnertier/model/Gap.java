package dev.partnertier.model;

/**
 * Rule-made fact: what a requirement not met still needs: {@code amount} more active entitlements, or more
 * qualified individuals, for the level.
 */
public record Gap(Level level, Requirement requirement, long amount) {
}

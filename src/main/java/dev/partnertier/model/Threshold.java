package dev.partnertier.model;

/**
 * Intermediate fact: what a level requires, as set by a rule an analyst edits (e.g. Silver performance needs
 * 2,000 active entitlements in a mature market). {@code where} completes the sentence: "in a mature market".
 */
public record Threshold(Level level, String requirement, long required, String where) {
}

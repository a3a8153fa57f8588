package dev.partnertier.model;

/** Output fact: whether one requirement of one level is met, with the figures and the sentence that says so. */
public record RequirementResult(
        Level level, String requirement, boolean met, long actual, long required, String explanation) {
}

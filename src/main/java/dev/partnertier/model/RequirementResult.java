package dev.partnertier.model;

/** Rule-made fact: whether one requirement of one level is met, with the partner's figure and the threshold's. */
public record RequirementResult(Level level, Requirement requirement, boolean met, long actual, long required, Market market) {

    /** The result of comparing {@code actual} with a threshold, as the comparing rule decided it. */
    public RequirementResult(Threshold threshold, boolean met, long actual) {
        this(threshold.level(), threshold.requirement(), met, actual, threshold.required(), threshold.market());
    }
}

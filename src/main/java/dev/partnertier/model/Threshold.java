package dev.partnertier.model;

/**
 * Rule-made fact: what a level requires, set by the rule an analyst edits (e.g. Silver performance needs 2,000
 * active entitlements in a mature market). {@code market} is the market the threshold is for, or null when it
 * holds in every market.
 */
public record Threshold(Level level, Requirement requirement, long required, Market market) {

    /** A threshold that holds in every market. */
    public Threshold(Level level, Requirement requirement, long required) {
        this(level, requirement, required, null);
    }
}

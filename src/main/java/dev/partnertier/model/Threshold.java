package dev.partnertier.model;

/**
 * Rule-made fact: what a level requires, set by the rule an analyst edits (e.g. Silver performance needs 2,000
 * active entitlements in a mature market). {@code market} is the market the threshold is for, or null when it
 * holds in every market.
 */
public record Threshold(Level level, Requirement requirement, long required, Market market) {

    /**
     * @throws IllegalArgumentException for a {@code required} below 0, which no partner could fail to meet and no
     *         answer could say: written out in a then part, an error at its line when the rules compile; computed, a
     *         failure of its rule when it runs (refused before going live when a warm-up partner fires it)
     */
    public Threshold {
        if (required < 0) {
            throw new IllegalArgumentException("a threshold is how many a level requires, 0 or more, not " + required);
        }
    }

    /** A threshold that holds in every market. */
    public Threshold(Level level, Requirement requirement, long required) {
        this(level, requirement, required, null);
    }
}

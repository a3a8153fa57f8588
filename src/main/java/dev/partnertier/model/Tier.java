package dev.partnertier.model;

/** The verdict: the highest level the partner meets, or NONE. */
public enum Tier {
    GOLD,
    SILVER,
    NONE
}

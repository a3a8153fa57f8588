package dev.partnertier.model;

/** A level of the competency that a partner can meet. Its name in a sentence is wording ({@code level.SILVER}). */
public enum Level {
    SILVER,
    GOLD
}

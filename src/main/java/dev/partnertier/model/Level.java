package dev.partnertier.model;

/** A level of the competency that a partner can meet. */
public enum Level {
    SILVER("Silver"),
    GOLD("Gold");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The level's name as it reads in a sentence. */
    public String label() {
        return label;
    }
}

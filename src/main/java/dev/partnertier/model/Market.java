package dev.partnertier.model;

/** Where the partner is measured. The source page splits the Silver performance threshold by market. */
public enum Market {
    MATURE,
    EMERGING
}

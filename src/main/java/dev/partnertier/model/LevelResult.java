package dev.partnertier.model;

/** Rule-made fact: whether a level is met as a whole. */
public record LevelResult(Level level, boolean met) {
}

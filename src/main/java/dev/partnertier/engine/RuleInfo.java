package dev.partnertier.engine;

/** A rule of the active set as its author wrote it: name, where it is, and its {@code @description}. */
public record RuleInfo(String name, String file, int line, String description) {
}

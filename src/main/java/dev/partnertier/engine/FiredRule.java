package dev.partnertier.engine;

/** A rule that fired during one evaluation, where it is, and how many times it fired. */
public record FiredRule(String name, String file, int firings) {
}

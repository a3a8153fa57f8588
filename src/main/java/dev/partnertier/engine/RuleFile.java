package dev.partnertier.engine;

/** One DRL file: its path relative to the rules folder (with '/' separators) and its text. */
public record RuleFile(String path, String content) {
}

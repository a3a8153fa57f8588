package dev.partnertier.engine;

/** A file of a compiled rule set and the SHA-256 of its content. */
public record RuleFileInfo(String path, String sha256) {
}

package dev.partnertier.engine;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file of a compiled rule set and the SHA-256 of its content. */
@Schema(requiredProperties = {"path", "sha256"})
public record RuleFileInfo(String path, String sha256) {
}

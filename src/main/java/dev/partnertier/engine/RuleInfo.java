package dev.partnertier.engine;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rule of the active set as its author wrote it: name, where it is, and its {@code @description}. */
@Schema(requiredProperties = {"name", "file", "line", "description"})
public record RuleInfo(String name, String file, int line, String description) {
}

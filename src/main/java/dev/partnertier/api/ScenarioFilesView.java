package dev.partnertier.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code GET /rules/scenario-files}: where the scenarios are read from, and the names of their files. */
@Schema(requiredProperties = {"dir", "files"})
public record ScenarioFilesView(
        @Schema(description = "The scenarios folder (rules.scenarios-dir; by default the rules folder's scenarios/)") String dir,
        @Schema(description = "The names of its scenario files (*.json, not hidden), sorted; empty when there is no such folder",
                example = "[\"associations.json\", \"tier.json\"]") List<String> files) {
}

package dev.partnertier.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /rules/try-scenarios}: edited rule files, each put in place of the active file of the same path, and
 * optionally edited scenario files, each put in place of (or beside) the scenario file of the same name, so that an
 * edit and the scenarios it changes are tried together. With scenario files alone, they are tried on the active rules.
 */
public record TryScenariosRequest(
        @Schema(description = "Edited rule files; none to run the scenario files given on the active rules")
        @Size(max = 50) List<@NotNull @Valid DrlFileInput> files,
        @Schema(description = "Scenario files in place of (or beside) those of the scenarios folder, by name; none by default")
        @Size(max = 50) List<@NotNull @Valid ScenarioFileInput> scenarios) implements EditedFiles {

    public TryScenariosRequest {
        files = files == null ? List.of() : files;
        scenarios = scenarios == null ? List.of() : scenarios;
    }

    @Override
    public List<ScenarioFileInput> scenarioFiles() {
        return scenarios;
    }

    /** The rule files' characters and the scenarios', compiled and read in one request. */
    @Override
    public long totalLength() {
        return EditedFiles.super.totalLength() + scenarios.stream().mapToLong(s -> s.content() == null ? 0 : s.content().length()).sum();
    }
}

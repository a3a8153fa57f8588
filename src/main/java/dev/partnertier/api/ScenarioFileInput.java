package dev.partnertier.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.partnertier.scenarios.ScenarioFiles;

/**
 * A scenario file as an editor sends it: its name in the scenarios folder (e.g. {@code performance.json}) and its text,
 * one scenario or an array of them, as {@code rules/README.md} ("Write a scenario") describes.
 */
public record ScenarioFileInput(
        @NotBlank @Size(max = 200) @Pattern(regexp = ScenarioFiles.FILE_NAME,
                message = "{field.scenario-file-name}") String path,
        @NotNull @Size(max = 1_000_000) String content) {
}

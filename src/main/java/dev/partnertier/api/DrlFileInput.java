package dev.partnertier.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A DRL file as an editor sends it: its path in the rules folder (e.g. {@code performance.drl}) and its text. */
public record DrlFileInput(
        @NotBlank @Size(max = 200) @Pattern(regexp = "([A-Za-z0-9_-]+/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*\\.drl",
                message = "must be a relative path of a .drl file, e.g. performance.drl") String path,
        @NotNull @Size(max = 1_000_000) String content) {
}

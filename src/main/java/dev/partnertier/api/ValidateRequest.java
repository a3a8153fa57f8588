package dev.partnertier.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /rules/validate}: edited DRL files, each put in place of the active file of the same path. */
public record ValidateRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid DrlFileInput> files) implements EditedFiles {
}

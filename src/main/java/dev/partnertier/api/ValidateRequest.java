package dev.partnertier.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /rules/validate}: edited DRL files, each put in place of the active file of the same path. */
public record ValidateRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid DrlFileInput> files) {

    /** Characters compiled in one request: the shipped rules hold about 15,000; a compile's time and memory grow with it. */
    public static final int MAX_TOTAL_LENGTH = 1_000_000;

    /** The characters of all files together. */
    public long totalLength() {
        return files.stream().mapToLong(f -> f.content() == null ? 0 : f.content().length()).sum();
    }
}

package dev.partnertier.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A rule file as an editor sends it: its path in the rules folder (a DRL file such as {@code performance.drl}, or a
 * wording file such as {@code messages_ko.properties}) and its text.
 */
public record DrlFileInput(
        @NotBlank @Size(max = 200) @Pattern(regexp = "([A-Za-z0-9_-]+/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*\\.drl|messages_[a-z]{2,3}\\.properties",
                message = "{field.rule-file-path}") String path,
        @NotNull @Size(max = 1_000_000) String content) {
}

package dev.partnertier.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import dev.partnertier.contract.EvaluationRequest;

/**
 * {@code POST /rules/try}: one partner, decided by the active rules, or by the candidate made of {@code files} when
 * there are any.
 */
@Schema(requiredProperties = {"partner"})
public record TryRequest(
        @Size(max = 50) List<@NotNull @Valid DrlFileInput> files,
        @Schema(implementation = EvaluationRequest.class) @NotNull JsonNode partner) implements EditedFiles {

    public TryRequest {
        files = files == null ? List.of() : files;
    }

}

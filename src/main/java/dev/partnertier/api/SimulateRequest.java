package dev.partnertier.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import dev.partnertier.contract.EvaluationRequest;

/**
 * {@code POST /rules/simulate}: edited rule files (the candidate is the active rules with these in place) and the
 * partners to decide under both. A larger portfolio is streamed as NDJSON instead (see the endpoint).
 */
public record SimulateRequest(
        @NotEmpty @Size(max = 50) List<@NotNull @Valid DrlFileInput> files,
        @Schema(description = "Partners, each as POST /evaluate takes it", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                implementation = EvaluationRequest.class)
        @NotNull List<@NotNull JsonNode> partners) implements EditedFiles {

}

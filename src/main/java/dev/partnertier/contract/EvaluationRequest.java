package dev.partnertier.contract;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.model.Market;

/**
 * The body of {@code POST /evaluate}: a partner, its customers with their workloads, and its people. The contract
 * as the OpenAPI document shows it; requests are read by {@link PartnerReader}, which enforces these constraints.
 */
public record EvaluationRequest(
        @NotBlank @Size(max = Limits.ID_LENGTH) String partnerId,
        @Schema(nullable = true) @Size(max = Limits.TEXT_LENGTH) String name,
        @Schema(description = "The market the partner is measured in; it sets the Silver performance threshold")
        @NotNull Market market,
        @Schema(nullable = true, description = "The partner's customers; null or left out is none")
        List<@NotNull @Valid CustomerRequest> customers,
        @Schema(nullable = true, description = "The partner's certified people; null or left out is none")
        List<@NotNull @Valid IndividualRequest> individuals) {

    public EvaluationRequest {
        customers = customers == null ? List.of() : customers;
        individuals = individuals == null ? List.of() : individuals;
    }
}

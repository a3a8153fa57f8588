package dev.partnertier.contract;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One customer (Office 365 tenant), the partner's associations with it and its workloads. */
public record CustomerRequest(
        @Schema(description = "The Office 365 tenant, unique in the request ignoring letter case and spaces at either end", example = "fabrikam.onmicrosoft.com")
        @NotBlank @Size(max = Limits.ID_LENGTH) String tenantId,
        @Schema(nullable = true, description = "The partner's associations with this customer, by the codes the rules write (the README lists those the shipped rules count); the rules decide which count, and any other name counts for nothing")
        List<@NotBlank @Size(max = Limits.NAME_LENGTH) String> associations,
        @Schema(nullable = true, description = "The customer's workloads, each workload name at most once as paid and at most once as a trial")
        List<@NotNull @Valid WorkloadRequest> workloads) {

    public CustomerRequest {
        associations = associations == null ? List.of() : associations;
        workloads = workloads == null ? List.of() : workloads;
    }
}

package dev.partnertier.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One customer (Office 365 tenant), the partner's associations with it and its workloads. */
public record CustomerRequest(
        @NotBlank @Size(max = Limits.ID_LENGTH) String tenantId,
        List<@NotBlank @Size(max = Limits.NAME_LENGTH) String> associations,
        List<@NotNull @Valid WorkloadRequest> workloads) {

    public CustomerRequest {
        associations = associations == null ? List.of() : associations;
        workloads = workloads == null ? List.of() : workloads;
    }
}

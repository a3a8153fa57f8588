package dev.partnertier.contract;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the partner's people with the exams passed and certifications held. */
public record IndividualRequest(
        @Schema(description = "Unique in the request, ignoring spaces at either end", example = "emp-001")
        @NotBlank @Size(max = Limits.ID_LENGTH) String id,
        @Schema(nullable = true) @Size(max = Limits.TEXT_LENGTH) String name,
        @Schema(nullable = true, description = "Exams passed, by exam number; the rules decide which qualify")
        List<@NotBlank @Size(max = Limits.NAME_LENGTH) String> exams,
        @Schema(nullable = true, description = "Certifications held; the rules decide which qualify")
        List<@NotBlank @Size(max = Limits.NAME_LENGTH) String> certifications) {

    public IndividualRequest {
        exams = exams == null ? List.of() : exams;
        certifications = certifications == null ? List.of() : certifications;
    }
}

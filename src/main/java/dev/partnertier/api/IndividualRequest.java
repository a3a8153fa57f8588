package dev.partnertier.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One of the partner's people with the exams passed and certifications held. */
public record IndividualRequest(
        @NotBlank @Size(max = Limits.ID_LENGTH) String id,
        @Size(max = Limits.TEXT_LENGTH) String name,
        List<@NotBlank @Size(max = Limits.NAME_LENGTH) String> exams,
        List<@NotBlank @Size(max = Limits.NAME_LENGTH) String> certifications) {

    public IndividualRequest {
        exams = exams == null ? List.of() : exams;
        certifications = certifications == null ? List.of() : certifications;
    }
}

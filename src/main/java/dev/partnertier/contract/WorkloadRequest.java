package dev.partnertier.contract;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One workload of a customer. {@code trial} may be left out (false), but not sent as null: a portal that
 * sends null has lost the flag, and guessing "paid" would count a trial.
 */
public record WorkloadRequest(
        @Schema(description = "The workload's code, exactly as the rules write it (the README lists those the shipped rules count). Any other name is accepted, counted as zero and reported in excluded; one of the rules' codes written otherwise (a display name, small letters) is named in that exclusion's explanation")
        @NotBlank @Size(max = Limits.NAME_LENGTH) String workload,
        @Schema(description = "Users active in this workload of this tenant (the 28-day figure)", example = "900")
        @NotNull @PositiveOrZero @Max(Limits.ACTIVE_USERS) Long activeUsers,
        @Schema(description = "A trial SKU: never counts. Leave out for false; null is refused", defaultValue = "false")
        @JsonDeserialize(using = PresentOrAbsentBoolean.class) Boolean trial) {

    public boolean isTrial() {
        return Boolean.TRUE.equals(trial);
    }
}

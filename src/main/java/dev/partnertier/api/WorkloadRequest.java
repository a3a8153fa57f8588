package dev.partnertier.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One workload of a customer. {@code trial} may be left out (false), but not sent as null: a portal that
 * sends null has lost the flag, and guessing "paid" would count a trial.
 */
public record WorkloadRequest(
        @NotBlank @Size(max = Limits.NAME_LENGTH) String workload,
        @NotNull @PositiveOrZero @Max(Limits.ACTIVE_USERS) Long activeUsers,
        @JsonDeserialize(using = PresentOrAbsentBoolean.class) Boolean trial) {

    public boolean isTrial() {
        return Boolean.TRUE.equals(trial);
    }
}

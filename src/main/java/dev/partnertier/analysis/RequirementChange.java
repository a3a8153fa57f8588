package dev.partnertier.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.model.Level;
import dev.partnertier.model.Requirement;

/**
 * A requirement of a level whose result differs between the active and the candidate rules: for a partner that changes
 * tier, one whose result flipped; for one that keeps it ({@link PartnerShift}), one whose result or figures moved.
 * {@code before} or {@code after} is null where that side has no such requirement.
 */
@Schema(requiredProperties = {"level", "requirement", "before", "after"})
public record RequirementChange(Level level, Requirement requirement, @Schema(nullable = true) Outcome before,
        @Schema(nullable = true) Outcome after) {
}

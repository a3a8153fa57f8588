package dev.partnertier.analysis;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.model.Tier;

/**
 * A partner whose tier the candidate rules change: its position in the portfolio ({@code index}, from 0), the tier
 * under the active rules ({@code from}) and the candidate ({@code to}), and the requirements whose result flipped.
 */
@Schema(requiredProperties = {"index", "partnerId", "from", "to", "requirements"})
public record PartnerChange(int index, String partnerId, Tier from, Tier to, List<RequirementChange> requirements) {
}

package dev.partnertier.analysis;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.model.Tier;

/**
 * A partner that keeps its tier under the candidate rules, but whose requirements change: a gap that grows or shrinks,
 * a threshold moved, a requirement met on one side only of a level it does not reach (Gold from 4,000 to 4,500 for a
 * Silver partner). Its position in the portfolio ({@code index}, from 0), the tier it keeps, and each requirement whose
 * result or figures differ.
 */
@Schema(requiredProperties = {"index", "partnerId", "tier", "requirements"})
public record PartnerShift(int index, String partnerId, Tier tier, List<RequirementChange> requirements) {
}

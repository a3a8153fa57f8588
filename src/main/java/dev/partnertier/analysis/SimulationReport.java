package dev.partnertier.analysis;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.engine.RuleProblem;

/**
 * What-if: the partners whose tier the candidate rules would change, and how many they leave alone. Nothing active
 * changes. When the candidate does not compile, {@code errors} says why and no partner is decided.
 *
 * @param activeVersion    the version of the rules answering now
 * @param candidateVersion the version the candidate would have if it went live
 * @param errors           the candidate's compile errors (empty when it compiles)
 * @param changed          the partners whose tier changes, in portfolio order
 * @param unchanged        how many partners keep their tier
 * @param shifted          of those, the partners whose requirements change all the same (a gap that grows), in
 *                         portfolio order
 * @param invalid          the partners that could not be read as requests
 * @param failed           the partners the rules (most often the candidate) failed on, with the rule and a hint
 */
@Schema(requiredProperties = {"activeVersion", "candidateVersion", "errors", "changed", "unchanged", "shifted", "invalid", "failed"})
public record SimulationReport(String activeVersion, String candidateVersion, List<RuleProblem> errors, List<PartnerChange> changed,
        int unchanged,
        @Schema(description = "Of the partners counted in unchanged, those whose requirements change all the same (a gap that "
                + "grows when a threshold rises); not a count of its own")
        List<PartnerShift> shifted, List<InvalidPartner> invalid, List<FailedPartner> failed) {
}

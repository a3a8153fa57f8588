package dev.partnertier.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A partner of a portfolio the rules failed on: a consequence threw, they looped, or they reached no verdict or two
 * (see {@code rules/README.md}). Not a fault of the partner, which was read: a finding about the rules, most often
 * the candidate, which is new code.
 *
 * @param index     the partner's position in the portfolio, from 0
 * @param partnerId the partner's {@code partnerId}
 * @param rules     which rules failed: {@code candidate} or {@code active}
 * @param message   what failed, naming the rule (as {@code GET /rules} and {@code ./check-rules} say it)
 * @param file      the file of the rule that failed, or null when the failure names no single rule
 * @param line      that rule's line, or 0
 * @param hint      how to fix it, in the language asked for, or null
 */
@Schema(requiredProperties = {"index", "partnerId", "rules", "message", "file", "line", "hint"})
public record FailedPartner(int index, String partnerId, String rules, String message, @Schema(nullable = true) String file, int line,
        @Schema(nullable = true) String hint) {

    /** The rules a failure is in. */
    public static final String CANDIDATE = "candidate";
    public static final String ACTIVE = "active";
}

package dev.partnertier.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.answer.EvaluationResponse;

/**
 * One partner's answer in a batch: its position in the request ({@code index}, from 0), the HTTP status a single
 * {@code POST /evaluate} of it would have had, and either the answer ({@code result}, status 200) or the problem
 * (RFC 9457, any other status). One bad partner does not spoil the others.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"index", "status"})
public record BatchAnswer(
        @Schema(description = "The partner's position in the request, from 0") int index,
        @Schema(description = "200, or the status of the problem: 400 invalid, 413 too large, 503 busy, 500 rules failed") int status,
        @Schema(description = "The answer, as POST /evaluate gives it (status 200)") EvaluationResponse result,
        @Schema(description = "What was wrong (any other status)") Problem problem) {
}

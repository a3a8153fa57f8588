package dev.partnertier.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.answer.EvaluationResponse;

/** {@code POST /rules/try}: the answer for the partner, and which rules gave it (active, or the candidate's version). */
@Schema(requiredProperties = {"version", "candidate", "answer"})
public record TryAnswer(String version, boolean candidate, EvaluationResponse answer) {
}

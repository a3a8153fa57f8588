package dev.partnertier.api;

import dev.partnertier.answer.EvaluationResponse;

/** {@code POST /rules/try}: the answer for the partner, and which rules gave it (active, or the candidate's version). */
public record TryAnswer(String version, boolean candidate, EvaluationResponse answer) {
}

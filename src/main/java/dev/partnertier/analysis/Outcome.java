package dev.partnertier.analysis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.model.RequirementResult;

/** A requirement's result under one set of rules: met, and the partner's figure against the one required. */
@Schema(requiredProperties = {"met", "actual", "required"})
public record Outcome(boolean met, long actual, long required) {

    static Outcome of(RequirementResult result) {
        return result == null ? null : new Outcome(result.met(), result.actual(), result.required());
    }
}

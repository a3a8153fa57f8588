package dev.partnertier.analysis;

import dev.partnertier.model.Level;
import dev.partnertier.model.Requirement;

/** A requirement of a level whose result flipped between the active and the candidate rules. */
public record RequirementChange(Level level, Requirement requirement, Outcome before, Outcome after) {
}

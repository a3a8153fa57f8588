package dev.partnertier.analysis;

import dev.partnertier.engine.RuleProblem;

import java.util.List;

/** The outcome of checking edited rule files without making them active. */
public record RulesValidation(boolean valid, String version, int rules, List<RuleProblem> errors, List<RuleProblem> warnings) {
}

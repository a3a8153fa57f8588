package dev.partnertier.activation;

import java.time.Instant;
import java.util.List;

import dev.partnertier.engine.RuleProblem;

/** A reload that did not go live, when it was tried, and why. The previous rules kept serving. */
public record ReloadFailure(Instant at, String version, List<RuleProblem> errors) {
}

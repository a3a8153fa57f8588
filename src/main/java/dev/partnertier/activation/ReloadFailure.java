package dev.partnertier.activation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.partnertier.engine.RuleProblem;

/** A reload that did not go live, when it was tried, and why. The previous rules kept serving. */
public record ReloadFailure(Instant at, String version, List<RuleProblem> errors) {

    /** The same failure with the errors' hints in a language (English or Korean). */
    public ReloadFailure in(Locale language) {
        return new ReloadFailure(at, version, errors.stream().map(e -> e.in(language)).toList());
    }
}

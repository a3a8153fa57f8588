package dev.partnertier.activation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import dev.partnertier.engine.RuleProblem;

/**
 * A reload that did not go live, when it was tried, and why. The previous rules kept serving.
 *
 * @param scenarios the scenario files it was tried with ({@code ScenarioFiles.fingerprint}): the same edit is tried again
 *                  only when they change
 */
@Schema(requiredProperties = {"at", "version", "errors"})
public record ReloadFailure(Instant at, String version, List<RuleProblem> errors, @JsonIgnore @Schema(hidden = true) String scenarios) {

    /** The same failure with the errors' hints in a language (English or Korean). */
    public ReloadFailure in(Locale language) {
        return new ReloadFailure(at, version, errors.stream().map(e -> e.in(language)).toList(), scenarios);
    }
}

package dev.partnertier.analysis;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.engine.RuleProblem;
import dev.partnertier.scenarios.ScenarioReport;

/**
 * The analysts' report on a set of rule files, one shape for {@code POST /rules/validate} (compiled only: posted
 * rules never run), {@code POST /rules/test} (the active rules and their scenarios), {@code POST /rules/try-scenarios}
 * (edited rules and the folder's scenarios) and the command line's {@code check-rules} (a folder and its scenarios).
 *
 * @param valid     the files compile (DRL and wording)
 * @param version   the hash of the files, as {@code GET /rules} and every answer name it
 * @param rules     how many rules they hold (0 when they do not compile)
 * @param errors    each error with file, line, column, Drools' message and a plain hint
 * @param warnings  Drools' warnings
 * @param scenarios each scenario's result and the rules none fired; absent when the files were only compiled
 */
@Schema(requiredProperties = {"valid", "version", "rules", "errors", "warnings"})
public record RulesReport(
        boolean valid,
        String version,
        int rules,
        List<RuleProblem> errors,
        List<RuleProblem> warnings,
        @Schema(description = "Each scenario's result and the rules no scenario fired; absent when the files were only compiled")
        @JsonInclude(JsonInclude.Include.NON_NULL) ScenarioReport scenarios) {

    /** Rules that compiled, with the scenarios run on them (null when the files were only compiled). */
    public static RulesReport compiled(LoadedRules loaded, ScenarioReport scenarios) {
        return new RulesReport(true, loaded.version(), loaded.rules().rules().size(), List.of(), loaded.rules().warnings(), scenarios);
    }

    /** Files that did not compile, or that were refused before compiling. */
    public static RulesReport failed(String version, List<RuleProblem> errors) {
        return new RulesReport(false, version, 0, errors, List.of(), null);
    }

    /**
     * The files compile and, when scenarios were run, at least one was and every one passed: a folder without
     * scenarios has checked nothing of what its rules decide ({@code check-rules} says so and fails).
     */
    @JsonIgnore
    public boolean passed() {
        return valid && (scenarios == null || scenarios.allPassed() && !scenarios.scenarios().isEmpty());
    }

    /** The same report with its hints in a language (English or Korean). */
    public RulesReport in(Locale language) {
        return new RulesReport(valid, version, rules, errors.stream().map(e -> e.in(language)).toList(),
                warnings.stream().map(w -> w.in(language)).toList(), scenarios == null ? null : scenarios.in(language));
    }
}

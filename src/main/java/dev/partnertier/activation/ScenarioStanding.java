package dev.partnertier.activation;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.partnertier.scenarios.ScenarioFiles;
import dev.partnertier.scenarios.ScenarioReport;
import dev.partnertier.scenarios.ScenarioResult;
import dev.partnertier.scenarios.ScenarioRunner;

/**
 * How the rules folder's own scenarios stood on a version of the rules when it went live. A scenario that expects
 * other figures than the new rules give does not stop them going live (an analyst may change a threshold before its
 * scenarios); this is where that, or a file deleted by mistake, shows without running {@code ./check-rules}.
 *
 * @param passed  the scenarios whose expectations the rules met
 * @param failed  the others, including scenario files that could not be read
 * @param failing each failed scenario with its mismatches (file order)
 */
@Schema(description = "The rules folder's scenarios, run on these rules when they went live: a scenario that fails does "
        + "not stop an edit going live, and shows here")
public record ScenarioStanding(int passed, int failed, List<ScenarioResult> failing) {

    public ScenarioStanding {
        failing = List.copyOf(failing);
    }

    /** Runs the scenarios of {@code dir}'s {@code scenarios/} on the rules: each decided as {@code POST /evaluate} would. */
    static ScenarioStanding of(LoadedRules rules, Path dir) {
        ScenarioReport report = ScenarioRunner.run(rules.rules(), rules.wording(), ScenarioFiles.read(dir.resolve(ScenarioFiles.FOLDER)));
        return new ScenarioStanding(report.passed(), report.failed(),
                report.scenarios().stream().filter(s -> !s.passed()).toList());
    }

    /** The same standing with its hints in a language (English or Korean). */
    public ScenarioStanding in(Locale language) {
        return new ScenarioStanding(passed, failed, failing.stream().map(s -> s.in(language)).toList());
    }

    /** One line per failed scenario, for the log: {@code "Silver" (scenarios/silver.json): tier: expected SILVER, got NONE}. */
    String summary() {
        StringBuilder text = new StringBuilder();
        for (ScenarioResult result : failing) {
            text.append("\n  \"").append(result.name()).append("\" (").append(ScenarioFiles.FOLDER).append('/').append(result.file())
                    .append("): ").append(String.join("; ", result.mismatches().stream().map(Object::toString).toList()));
        }
        return text.toString();
    }
}

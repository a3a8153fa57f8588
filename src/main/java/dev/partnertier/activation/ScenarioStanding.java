package dev.partnertier.activation;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonIgnore;

import dev.partnertier.scenarios.ScenarioFiles;
import dev.partnertier.scenarios.ScenarioReport;
import dev.partnertier.scenarios.ScenarioResult;
import dev.partnertier.scenarios.ScenarioRunner;

/**
 * How the rules folder's own scenarios stand on a version of the rules: run when the rules go live, and again when the
 * scenario files change while the rules do not. A scenario that expects other figures than the rules give does not
 * stop them going live (an analyst may change a threshold before its scenarios) unless
 * {@code rules.reload.require-passing-scenarios} is on; this is where a failing scenario, or a file deleted by mistake,
 * shows without running {@code ./check-rules}.
 *
 * @param folderFound whether the scenarios folder is there (a Kubernetes ConfigMap of the rules has no
 *                    {@code scenarios/}: then nothing was checked, rather than all passed; an optional ConfigMap that
 *                    was never created is mounted as an empty folder: found, with nothing passed or failed)
 * @param passed      the scenarios whose expectations the rules met
 * @param failed      the others, including scenario files that could not be read
 * @param failing     each failed scenario with its mismatches (file order)
 * @param fingerprint the scenario files run ({@link ScenarioFiles#fingerprint}), to tell when they changed
 */
@Schema(description = "The scenarios (rules.scenarios-dir), run on these rules when they went live and whenever the scenario "
        + "files changed since: a failing scenario shows here, and stops an edit going live only with "
        + "rules.reload.require-passing-scenarios",
        requiredProperties = {"folderFound", "passed", "failed", "failing"})
public record ScenarioStanding(boolean folderFound, int passed, int failed, List<ScenarioResult> failing,
        @JsonIgnore @Schema(hidden = true) String fingerprint) {

    private static final Logger LOG = Logger.getLogger(ScenarioStanding.class);

    public ScenarioStanding {
        failing = List.copyOf(failing);
    }

    /**
     * Runs the scenarios of {@code folder} on the rules, each decided as {@code POST /evaluate} would.
     * Never throws: scenarios that cannot be run (a defect, a rule recursing without end on one partner) are one failed
     * entry saying so, and the log has why.
     */
    static ScenarioStanding of(LoadedRules rules, Path folder) {
        String fingerprint = ScenarioFiles.fingerprint(folder);
        try {
            ScenarioReport report = ScenarioRunner.run(rules.rules(), rules.wording(), ScenarioFiles.read(folder));
            return new ScenarioStanding(!fingerprint.isEmpty(), report.passed(), report.failed(),
                    report.scenarios().stream().filter(s -> !s.passed()).toList(), fingerprint);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warnf(e, "The scenarios in %s could not be run on rules %s", folder, rules.version());
            return new ScenarioStanding(true, 0, 1, List.of(new ScenarioResult("the scenarios", ScenarioFiles.FOLDER, false,
                    List.of(new ScenarioResult.Mismatch("scenarios", "to run", "they could not be run (the service's log says why)")))),
                    fingerprint);
        }
    }

    /** The same standing with its hints in a language (English or Korean). */
    public ScenarioStanding in(Locale language) {
        return new ScenarioStanding(folderFound, passed, failed, failing.stream().map(s -> s.in(language)).toList(), fingerprint);
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

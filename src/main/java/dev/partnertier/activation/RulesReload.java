package dev.partnertier.activation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.partnertier.engine.EditedRules;
import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RuleFiles;
import dev.partnertier.engine.RuleInfo;
import dev.partnertier.engine.RuleOutcomeException;
import dev.partnertier.engine.RuleProblem;
import dev.partnertier.engine.RulesCompilationException;
import dev.partnertier.observability.RulesMetrics;
import dev.partnertier.scenarios.ScenarioFiles;
import dev.partnertier.scenarios.ScenarioResult;

/**
 * Puts the rules folder's current content live when it changed: reads, loads (compile and warm-up) and, only when
 * all that succeeds, activates it; otherwise the last good rules keep answering and the failure is kept for
 * {@code GET /rules}. Serialized, so two reloads never race; evaluations are never blocked by it.
 */
@ApplicationScoped
public class RulesReload {

    private static final Logger LOG = Logger.getLogger(RulesReload.class);

    private final ActiveRules active;
    private final RulesMetrics metrics;

    public RulesReload(ActiveRules active, RulesMetrics metrics) {
        this.active = active;
        this.metrics = metrics;
    }

    /** @return true when a new version went live; false when the folder is unchanged or failed to load */
    public synchronized boolean reload() {
        long start = System.nanoTime();
        List<RuleFile> files;
        try {
            files = RuleFiles.read(active.dir());
        } catch (RulesCompilationException e) {
            return failed(null, e.errors());
        }
        String version = RuleFiles.version(files);
        String scenarios = ScenarioFiles.fingerprint(active.scenariosDir());
        String previous = active.get().version();
        if (version.equals(previous)) {
            if (active.lastFailure().isPresent()) { // a broken edit was undone: say so where its error was said
                LOG.infof("Rules in %s are the active rules %s again; the last reload error is cleared", active.dir(), previous);
            }
            active.unchanged();
            active.rerunScenarios(); // the rules are the same; their scenarios may not be
            return false;
        }
        if (active.lastFailure().filter(f -> version.equals(f.version()) && scenarios.equals(f.scenarios())).isPresent()) {
            return false; // this very edit was refused with these very scenarios: said once, not at every look
        }
        LoadedRules rules;
        try {
            rules = active.loader().load(active.dir(), active.scenariosDir(), files);
        } catch (RulesCompilationException e) {
            return failed(version, e.errors());
        } catch (RuleOutcomeException e) {
            EditedRules edited = new EditedRules(active.get().rules().sources(), files);
            Optional<RuleInfo> changed = edited.among(e.rules());
            RuleInfo at = changed.orElse(e.rule().orElse(null));
            // The rules named may be innocent: an edit elsewhere (a comparison made inclusive) can make them conclude twice.
            // Then the error is placed at the edit, when it is one file's, as a guess, and says so.
            List<String> changedFiles = edited.changedFiles();
            String elsewhere = changed.isPresent() || changedFiles.isEmpty() ? ""
                    : " (this edit " + String.join(", ", edited.changes()) + (e.rules().isEmpty() ? "" : ", not the rules named")
                            + ": look there first)";
            int editedLine = changed.isEmpty() && changedFiles.size() == 1 ? edited.firstChangedLine(changedFiles.get(0)) : 0;
            RuleProblem error = editedLine > 0
                    ? new RuleProblem("ERROR", changedFiles.get(0), editedLine, 0, "the rules compile, but " + e.getMessage() + elsewhere,
                            e.hint().orElse(null), true)
                    : new RuleProblem("ERROR", at == null ? "" : at.file(), at == null ? 0 : at.line(), 0,
                            "the rules compile, but " + e.getMessage() + elsewhere, e.hint().orElse(null), false);
            return failed(version, List.of(error));
        } catch (RuntimeException | StackOverflowError e) {
            // Anything else loading these files threw (a library's defect on this input, a rule recursing without end on a
            // warm-up partner): still these files' failure, said where analysts and health look; its stack trace is for
            // whoever reports the defect.
            LOG.warn("Loading the rules failed unexpectedly; the reload error follows", e);
            return failed(version, List.of(RuleProblem.unexpected("loaded", e)));
        }
        ScenarioStanding standing = ScenarioStanding.of(rules, active.scenariosDir()); // never throws
        if (active.requirePassingScenarios() && standing.failed() > 0) {
            return failed(version, scenarios, standing.failing().stream().map(RulesReload::scenarioFails).toList());
        }
        active.activate(rules, standing);
        metrics.reloaded();
        LOG.infof("Rules %s active (was %s): %d rules in %d files, loaded in %d ms", version, previous,
                rules.rules().rules().size(), rules.rules().files().size(), Duration.ofNanos(System.nanoTime() - start).toMillis());
        return true;
    }

    /** A scenario that fails on an edit, as the error that refuses it: at the scenario's file, with its mismatches. */
    private static RuleProblem scenarioFails(ScenarioResult scenario) {
        return new RuleProblem("ERROR", ScenarioFiles.FOLDER + "/" + scenario.file(), 0, 0, "the scenario \"" + scenario.name()
                + "\" fails on these rules (rules.reload.require-passing-scenarios): "
                + String.join("; ", scenario.mismatches().stream().map(Object::toString).toList()));
    }

    private boolean failed(String version, List<RuleProblem> errors) {
        return failed(version, ScenarioFiles.fingerprint(active.scenariosDir()), errors);
    }

    private boolean failed(String version, String scenarios, List<RuleProblem> errors) {
        active.failed(new ReloadFailure(Instant.now(), version, errors, scenarios));
        LOG.errorf("Rules in %s not activated; rules %s keep serving:%n%s", active.dir(), active.get().version(),
                String.join("\n", errors.stream().map(RuleProblem::toString).toList()));
        return false;
    }
}

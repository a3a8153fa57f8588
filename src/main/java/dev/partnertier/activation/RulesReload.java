package dev.partnertier.activation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.partnertier.engine.EditedRules;
import dev.partnertier.engine.Hint;
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
        // Hashed before anything is loaded: a refusal is remembered with the scenarios it was tried with, not with those
        // that arrived meanwhile (the two ConfigMaps reach a pod at different moments)
        String scenarios = ScenarioFiles.fingerprint(active.scenariosDir());
        List<RuleFile> files;
        try {
            files = RuleFiles.read(active.dir());
        } catch (RulesCompilationException e) {
            return failed(null, scenarios, e.errors());
        }
        String version = RuleFiles.version(files);
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
            active.rerunScenarios(); // the refused edit stays refused; the active rules' scenarios may still have changed
            return false; // this very edit was refused with these very scenarios: said once, not at every look
        }
        LoadedRules rules;
        try {
            rules = active.loader().load(active.dir(), active.scenariosDir(), files);
        } catch (RulesCompilationException e) {
            return failed(version, scenarios, e.errors());
        } catch (RuleOutcomeException e) {
            return failed(version, scenarios, List.of(failedOnAPartner(e, new EditedRules(active.get().rules().sources(), files))));
        } catch (RuntimeException | StackOverflowError e) {
            // Anything else loading these files threw (a library's defect on this input, a rule recursing without end on a
            // warm-up partner): still these files' failure, said where analysts and health look; its stack trace is for
            // whoever reports the defect.
            LOG.warn("Loading the rules failed unexpectedly; the reload error follows", e);
            return failed(version, scenarios, List.of(RuleProblem.unexpected("loaded", e)));
        }
        List<RuleProblem> gone = languagesGone(active.get(), rules);
        if (!gone.isEmpty()) {
            return failed(version, scenarios, gone);
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

    /**
     * The languages the active rules answer in that these would not: a wording file deleted (or renamed) by an edit.
     * Refused, as a sentence deleted from one file is, since callers asking for that language would quietly get English
     * (Content-Language en). A language is dropped by removing its file and restarting.
     */
    private static List<RuleProblem> languagesGone(LoadedRules now, LoadedRules next) {
        return now.wording().languages().stream().filter(language -> !next.wording().languages().contains(language))
                .map(language -> new RuleProblem("ERROR", "messages_" + language + ".properties", 0, 0, "messages_" + language
                        + ".properties is gone: the active rules answer in " + language + ", and without this file those "
                        + "answers would quietly be in English", Hint.of("wording.language-gone", language), false))
                .toList();
    }

    /**
     * The error for rules that compile but failed on a warm-up partner: at the rule this save edited among those the
     * failure names. When it edited none of them (an inclusive {@code <=} in one file makes the tier rules conclude
     * twice), the message says which files it changed and, when it changed one, the error is placed at that file's
     * first changed line, as a guess.
     */
    private static RuleProblem failedOnAPartner(RuleOutcomeException e, EditedRules edited) {
        Optional<RuleInfo> changed = edited.among(e.rules());
        RuleInfo at = changed.orElse(e.rule().orElse(null));
        List<String> changedFiles = edited.changedFiles();
        String elsewhere = changed.isPresent() || changedFiles.isEmpty() ? ""
                : " (this edit " + String.join(", ", edited.changes()) + (e.rules().isEmpty() ? "" : ", not the rules named")
                        + ": look there first)";
        String message = "the rules compile, but " + e.getMessage() + elsewhere;
        int editedLine = changed.isEmpty() && changedFiles.size() == 1 ? edited.firstChangedLine(changedFiles.get(0)) : 0;
        return editedLine > 0
                ? new RuleProblem("ERROR", changedFiles.get(0), editedLine, 0, message, e.hint().orElse(null), true)
                : new RuleProblem("ERROR", at == null ? "" : at.file(), at == null ? 0 : at.line(), 0, message, e.hint().orElse(null),
                        false);
    }

    /** A scenario that fails on an edit, as the error that refuses it: at the scenario's file, with its mismatches. */
    private static RuleProblem scenarioFails(ScenarioResult scenario) {
        return new RuleProblem("ERROR", ScenarioFiles.FOLDER + "/" + scenario.file(), 0, 0, "the scenario \"" + scenario.name()
                + "\" fails on these rules (rules.reload.require-passing-scenarios): "
                + String.join("; ", scenario.mismatches().stream().map(Object::toString).toList()));
    }

    private boolean failed(String version, String scenarios, List<RuleProblem> errors) {
        active.failed(new ReloadFailure(Instant.now(), version, errors, scenarios));
        active.rerunScenarios(); // the active rules keep serving; show how the scenarios now on disk stand on them
        LOG.errorf("Rules in %s not activated; rules %s keep serving:%n%s", active.dir(), active.get().version(),
                String.join("\n", errors.stream().map(RuleProblem::toString).toList()));
        return false;
    }
}

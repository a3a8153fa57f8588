package dev.partnertier.activation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RuleFiles;
import dev.partnertier.engine.RulesCompilationException;
import dev.partnertier.engine.RuleOutcomeException;
import dev.partnertier.observability.RulesMetrics;
import dev.partnertier.scenarios.ScenarioFiles;

/**
 * The rules answering now, and the last load that failed. The rules are replaced as a whole, atomically: an
 * evaluation keeps the rules it started with, the next one gets the new ones. Rules that do not load at start-up
 * stop the service (there is no last good version to fall back on); later, {@link RulesReload} puts edits live.
 */
@ApplicationScoped
public class ActiveRules {

    private static final Logger LOG = Logger.getLogger(ActiveRules.class);
    /** Start-up order: the rules are loaded before anything that needs them (e.g. the watcher) starts. */
    static final int STARTUP_PRIORITY = 100;

    private final Path dir;
    private final Path scenarios;
    private final boolean requirePassingScenarios;
    private final RulesLoader loader;
    private final RulesMetrics metrics;
    /** The rules answering now, with their scenarios' standing: replaced together, so GET /rules never mixes two versions. */
    private final AtomicReference<Version> active = new AtomicReference<>();
    private final AtomicReference<ReloadFailure> lastFailure = new AtomicReference<>();

    public ActiveRules(RulesConfig config, RulesLoader loader, RulesMetrics metrics) {
        this.dir = Path.of(config.dir()).toAbsolutePath().normalize();
        this.requirePassingScenarios = config.reload().requirePassingScenarios();
        this.scenarios = config.scenariosDir().map(Path::of).orElse(dir.resolve(ScenarioFiles.FOLDER)).toAbsolutePath().normalize();
        this.loader = loader;
        this.metrics = metrics;
    }

    /**
     * Loads the rules folder (or takes what {@link StartupCompile} loaded while Quarkus booted).
     *
     * @throws RulesCompilationException with each error's file and line
     * @throws RuleOutcomeException when the rules compile but decide no warm-up partner
     *         (either is also logged at ERROR, on a line of its own)
     */
    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        long start = System.nanoTime();
        List<RuleFile> files;
        Optional<LoadedRules> early;
        LoadedRules rules;
        try {
            files = RuleFiles.read(dir);
            early = StartupCompile.take(dir, scenarios, files);
            rules = early.orElseGet(() -> loader.load(dir, scenarios, files));
        } catch (RulesCompilationException | RuleOutcomeException e) {
            // Said in a line of its own: Quarkus logs "Failed to start application" with this only deep in its cause.
            LOG.errorf("No rules to start with from %s, so the service cannot start. %s", dir, e.getMessage());
            throw e;
        }
        ScenarioStanding standing = ScenarioStanding.of(rules, scenarios);
        activate(rules, standing);
        if (requirePassingScenarios && standing.failed() > 0) {
            // Not refused: there are no earlier rules to keep. Not held out of the load balancer either: the replicas
            // running may serve these very rules (a scenario edit alone is never refused), and a replica that never
            // gets ready is restarted by its probes. Said, and shown by partner_tier_rules_scenarios{result="failed"}.
            LOG.errorf("Rules %s started with %d of %d scenarios in %s failing, and rules.reload.require-passing-scenarios on: "
                    + "replicas running since before may have refused these rules and serve others (partner_tier_rules_active)",
                    rules.version(), standing.failed(), standing.passed() + standing.failed(), scenarios);
        }
        LOG.infof("Rules %s active: %d rules in %d files from %s, %s %d ms", rules.version(), rules.rules().rules().size(),
                rules.rules().files().size(), dir, early.isPresent() ? "loaded during start-up; waited" : "loaded in",
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    /**
     * The rules answering now.
     *
     * @throws IllegalStateException before the first rules are active (start-up)
     */
    public LoadedRules get() {
        return version().rules();
    }

    /**
     * The active rules with how the folder's scenarios stood on them and the partners they failed on: one version,
     * never parts of two, whatever reload happens meanwhile.
     *
     * @throws IllegalStateException before the first rules are active (start-up)
     */
    public Version version() {
        Version live = active.get();
        if (live == null) {
            throw new IllegalStateException("no rules are active yet");
        }
        return live;
    }

    /** The rules folder, absolute. */
    public Path dir() {
        return dir;
    }

    /** Whether a reload on which a scenario fails is refused ({@code rules.reload.require-passing-scenarios}). */
    boolean requirePassingScenarios() {
        return requirePassingScenarios;
    }

    /** The scenarios folder ({@code rules.scenarios-dir}, by default the rules folder's {@code scenarios/}), absolute. */
    public Path scenariosDir() {
        return scenarios;
    }

    /** The last edit of the folder that did not go live, until a good one does. */
    public Optional<ReloadFailure> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    /**
     * A failure of the rules on a partner: counted for {@code GET /rules} when the rules that failed are still the active
     * ones (a reload may have replaced them meanwhile).
     */
    public void failedOn(LoadedRules rules, RuleOutcomeException failure) {
        Version live = active.get();
        if (live != null && live.rules() == rules) {
            live.failures().add(failure, Instant.now());
        }
    }

    void activate(LoadedRules rules, ScenarioStanding scenarios) {
        active.set(new Version(rules, scenarios, new RuleFailures()));
        warnOfFailing(rules, scenarios);
        lastFailure.set(null);
        metrics.active(rules.version());
        metrics.refused(false);
        metrics.scenarios(scenarios.passed(), scenarios.failed());
    }

    /** Whether the scenario files changed since the active rules' scenarios were run (the rules' version does not cover them). */
    boolean scenariosChanged() {
        Version live = active.get();
        return live != null && !live.scenarios().fingerprint().equals(ScenarioFiles.fingerprint(scenarios));
    }

    /**
     * Runs the scenarios again on the active rules when their files changed: an analyst who fixes the scenarios after
     * a threshold sees them pass in {@code GET /rules}. A reload meanwhile wins (it ran them itself).
     */
    void rerunScenarios() {
        Version live = active.get();
        if (live == null || !scenariosChanged()) {
            return;
        }
        ScenarioStanding standing = ScenarioStanding.of(live.rules(), scenarios);
        if (active.compareAndSet(live, new Version(live.rules(), standing, live.failures()))) {
            metrics.scenarios(standing.passed(), standing.failed());
            LOG.infof("Scenarios in %s changed: %d passed, %d failed on rules %s", scenarios, standing.passed(), standing.failed(),
                    live.rules().version());
            warnOfFailing(live.rules(), standing);
        }
    }

    private void warnOfFailing(LoadedRules rules, ScenarioStanding standing) {
        if (standing.failed() > 0) {
            LOG.warnf("Rules %s are active, and %d of %d scenarios in %s fail on them:%s", rules.version(), standing.failed(),
                    standing.passed() + standing.failed(), scenarios, standing.summary());
        }
    }

    void failed(ReloadFailure failure) {
        lastFailure.set(failure);
        metrics.reloadFailed();
        metrics.refused(true);
    }

    void unchanged() {
        lastFailure.set(null);
        metrics.refused(false);
    }

    RulesLoader loader() {
        return loader;
    }

    /**
     * One active version of the rules folder.
     *
     * @param rules     the rules and their wording
     * @param scenarios how the folder's scenarios stand on them (run when they went live, and when the scenarios changed)
     * @param failures  the partners they failed on since
     */
    public record Version(LoadedRules rules, ScenarioStanding scenarios, RuleFailures failures) {
    }
}

package dev.partnertier.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import io.quarkus.runtime.StartupEvent;

/**
 * Holds the active rule set. It is replaced as a whole, atomically: an evaluation keeps the set it started
 * with, the next one gets the new set. A set goes live only after it compiled and served the warm-up partner;
 * otherwise the last good set keeps serving and the failure is kept for {@code GET /rules}.
 */
@ApplicationScoped
public class RulesRegistry {

    private static final Logger LOG = Logger.getLogger(RulesRegistry.class);
    /** Start-up order: the rules are loaded before anything that needs them (e.g. the watcher) starts. */
    static final int STARTUP_PRIORITY = 100;

    private final Path dir;
    private final Duration compileWait;
    private final CompileGate gate;
    private final RuleCompiler compiler = new RuleCompiler(Thread.currentThread().getContextClassLoader());
    private final AtomicReference<RuleSet> active = new AtomicReference<>();
    private final AtomicReference<ReloadFailure> lastFailure = new AtomicReference<>();

    private final Counter reloaded;
    private final Counter reloadFailed;
    private final MultiGauge activeVersion;

    public RulesRegistry(RulesConfig config, MeterRegistry meters, CompileGate gate) {
        this.gate = gate;
        this.dir = Path.of(config.dir()).toAbsolutePath().normalize();
        this.compileWait = config.compileWait();
        this.reloaded = reloads(meters, "success");
        this.reloadFailed = reloads(meters, "failure");
        this.activeVersion = MultiGauge.builder("partner.tier.rules.active")
                .description("1 for the version of the rules that answers requests")
                .register(meters);
    }

    private static Counter reloads(MeterRegistry meters, String result) {
        return Counter.builder("partner.tier.rules.reloads").description("Rule reloads that went live, or failed")
                .tag("result", result).register(meters);
    }

    private void activate(RuleSet rules) {
        active.set(rules);
        activeVersion.register(List.of(MultiGauge.Row.of(Tags.of("version", rules.version()), 1)), true);
    }

    /** Rules that do not compile at start-up stop the service: there is no last good set to fall back on. */
    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        long start = System.nanoTime();
        List<RuleFile> files = RuleFiles.read(dir);
        Optional<RuleSet> early = EarlyCompile.take(dir, files);
        early.ifPresent(RulesRegistry::logWarnings);
        RuleSet rules = early.orElseGet(() -> build(files));
        activate(rules);
        LOG.infof("Rules %s active: %d rules in %d files from %s, compiled and warmed up %s %d ms", rules.version(),
                rules.rules().size(), rules.files().size(), dir, early.isPresent() ? "during start-up; waited" : "in",
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    /** The rule set serving requests now. */
    public RuleSet active() {
        RuleSet rules = active.get();
        if (rules == null) {
            throw new IllegalStateException("no rules are active yet");
        }
        return rules;
    }

    public Path dir() {
        return dir;
    }

    public Optional<ReloadFailure> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    /**
     * Reads, compiles and warms up the rules folder and, when all that succeeds, makes it active. Serialized so
     * that two reloads never race; evaluations are never blocked by it.
     *
     * @return true when a new version went live, false when the folder is unchanged or failed (see {@link #lastFailure()})
     */
    public synchronized boolean reload() {
        long start = System.nanoTime();
        List<RuleFile> files;
        try {
            files = RuleFiles.read(dir);
        } catch (RulesCompilationException e) {
            return failed(null, e.errors());
        }
        String version = RuleFiles.version(files);
        if (version.equals(active().version())) {
            lastFailure.set(null); // e.g. a broken edit was undone
            return false;
        }
        try {
            RuleSet rules = build(files);
            RuleSet previous = active();
            activate(rules);
            lastFailure.set(null);
            reloaded.increment();
            LOG.infof("Rules %s active (was %s): %d rules in %d files, compiled and warmed up in %d ms", version,
                    previous.version(), rules.rules().size(), rules.files().size(),
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
            return true;
        } catch (RulesCompilationException e) {
            return failed(version, e.errors());
        } catch (RuleOutcomeException e) {
            return failed(version, List.of(outcomeProblem(e)));
        }
    }

    /**
     * Compiles and warms up the active rules a few times and throws the results away. The first compiles in a
     * JVM run on cold code (seconds); done in the background after start-up, they make the first real reload as
     * fast as the later ones (a few hundred milliseconds).
     */
    public void exerciseCompiler(int times) {
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            build(active().sources());
        }
        LOG.debugf("Rule compiler warmed up with %d compiles in %d ms", times, Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    /**
     * Compiles the active rules with the given files put in place of (or beside) those of the same path, without
     * making anything active: the errors a reload of those edits would report. Posted rules are only compiled,
     * never run: DRL is code, and a consequence, a constraint or a function would run inside this process.
     *
     * @throws CompilerBusyException when another compile keeps the compiler busy longer than {@code rules.compile-wait}
     */
    public RulesValidation validate(List<RuleFile> edited) {
        Map<String, RuleFile> files = new TreeMap<>();
        active().sources().forEach(f -> files.put(f.path(), f));
        edited.forEach(f -> files.put(f.path(), f));
        List<RuleFile> candidate = List.copyOf(files.values());
        String version = RuleFiles.version(candidate);
        List<RuleProblem> refused = PostedRuleCheck.refusals(edited);
        if (!refused.isEmpty()) {
            return new RulesValidation(false, version, 0, refused, List.of());
        }
        try {
            RuleSet rules = gate.within(compileWait, () -> compiler.compile(candidate));
            return new RulesValidation(true, version, rules.rules().size(), List.of(), rules.warnings());
        } catch (RulesCompilationException e) {
            return new RulesValidation(false, version, 0, e.errors(), List.of());
        }
    }

    private static RuleProblem outcomeProblem(RuleOutcomeException e) {
        return new RuleProblem("ERROR", "", 0, 0, "the rules compile but " + e.getMessage());
    }

    private boolean failed(String version, List<RuleProblem> errors) {
        lastFailure.set(new ReloadFailure(Instant.now(), version, errors));
        reloadFailed.increment();
        LOG.errorf("Rules in %s not activated; rules %s keep serving:%n%s", dir, active().version(),
                String.join("\n", errors.stream().map(RuleProblem::toString).toList()));
        return false;
    }

    /** Compiles (one compile at a time in this replica) and warms up: only ever for the rules folder's own files. */
    private RuleSet build(List<RuleFile> files) {
        RuleSet rules = gate.await(() -> compiler.compile(files));
        logWarnings(rules);
        WarmUp.run(rules);
        return rules;
    }

    private static void logWarnings(RuleSet rules) {
        rules.warnings().forEach(w -> LOG.warn(w));
    }
}

package dev.partnertier.activation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;

import dev.partnertier.engine.CompileGate;
import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RuleFiles;
import dev.partnertier.scenarios.ScenarioFiles;

/**
 * Loads the rules folder on a thread of its own from the first line of {@code main}, while Quarkus boots on the
 * other core: a cold load takes over a second, and so does the boot, so start-up pays for one of them instead of
 * both (measured in bench/: the first answer came 1.7 s sooner). Quarkus offers application code no earlier hook
 * than {@code StartupEvent}, which comes after the boot: that is why this one class hands its result over through
 * static state.
 *
 * <p>Configuration is not read yet at that point, so the folder comes from the same sources the setting
 * {@code rules.dir} reads first (system property, then {@code RULES_DIR}, else {@code rules}). {@link ActiveRules}
 * takes the result only for the folder it is configured with and only if the files are still those loaded;
 * anything else (another folder, an edit meanwhile, an error) and it loads them itself, reporting errors properly.
 */
public final class StartupCompile {

    private static final Logger LOG = Logger.getLogger(StartupCompile.class);
    private static final AtomicReference<Started> STARTED = new AtomicReference<>();

    private record Started(Path dir, Path scenarios, CompletableFuture<LoadedRules> rules) {
    }

    private StartupCompile() {
    }

    /** Starts loading the rules folder in the background; returns at once. */
    public static void start() {
        Path dir = Path.of(System.getProperty("rules.dir", System.getenv().getOrDefault("RULES_DIR", "rules")))
                .toAbsolutePath().normalize();
        String scenarios = System.getProperty("rules.scenarios-dir", System.getenv("RULES_SCENARIOS_DIR"));
        start(dir, scenarios == null ? dir.resolve(ScenarioFiles.FOLDER) : Path.of(scenarios).toAbsolutePath().normalize());
    }

    static void start(Path dir) {
        start(dir, dir.resolve(ScenarioFiles.FOLDER));
    }

    static void start(Path dir, Path scenarios) {
        CompletableFuture<LoadedRules> rules = new CompletableFuture<>();
        STARTED.set(new Started(dir, scenarios, rules));
        Thread thread = new Thread(() -> {
            try {
                rules.complete(new RulesLoader(new CompileGate()).load(dir, scenarios, RuleFiles.read(dir)));
            } catch (Throwable e) {
                rules.completeExceptionally(e);
            }
        }, "rules-startup-compile");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * What was loaded for {@code dir}, if anything was started and produced exactly {@code files}; waits for it.
     * Taken once: the reference is dropped so the rules are not kept twice.
     */
    static Optional<LoadedRules> take(Path dir, List<RuleFile> files) {
        return take(dir, dir.resolve(ScenarioFiles.FOLDER), files);
    }

    /** As {@link #take(Path, List)}, for rules warmed up with the scenarios of {@code scenarios}. */
    static Optional<LoadedRules> take(Path dir, Path scenarios, List<RuleFile> files) {
        Started started = STARTED.getAndSet(null);
        if (started == null || !started.dir().equals(dir) || !started.scenarios().equals(scenarios)) {
            return Optional.empty();
        }
        try {
            LoadedRules rules = started.rules().join();
            if (rules.version().equals(RuleFiles.version(files))) {
                return Optional.of(rules);
            }
            LOG.debugf("The rules in %s changed during start-up; loading them again", dir);
        } catch (RuntimeException e) {
            LOG.debugf("Loading %s during start-up failed (%s); loading again to report it", dir, e.getMessage());
        }
        return Optional.empty();
    }
}

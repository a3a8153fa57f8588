package dev.partnertier.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;

/**
 * Compiles the rules folder on a thread of its own from the first line of {@code main}, while Quarkus boots on
 * the other core: a cold compile takes over a second, and so does the boot, so start-up pays for one of them
 * instead of both.
 *
 * <p>Configuration is not read yet at that point, so the folder is a guess from the same sources the setting
 * {@code rules.dir} reads first (system property, then {@code RULES_DIR}, else {@code rules}). The registry
 * takes the result only for the folder it is configured with and only if the files are still those compiled;
 * anything else (another folder, an edit meanwhile, a compile error) and it compiles as it always does.
 */
public final class EarlyCompile {

    private static final Logger LOG = Logger.getLogger(EarlyCompile.class);
    private static final AtomicReference<Started> STARTED = new AtomicReference<>();

    private record Started(Path dir, CompletableFuture<RuleSet> rules) {
    }

    private EarlyCompile() {
    }

    /** Starts compiling and warming up the guessed rules folder in the background; returns at once. */
    public static void start() {
        String configured = System.getProperty("rules.dir", System.getenv().getOrDefault("RULES_DIR", "rules"));
        start(Path.of(configured).toAbsolutePath().normalize(), Thread.currentThread().getContextClassLoader());
    }

    static void start(Path dir, ClassLoader classLoader) {
        CompletableFuture<RuleSet> rules = new CompletableFuture<>();
        STARTED.set(new Started(dir, rules));
        Thread thread = new Thread(() -> {
            try {
                RuleSet compiled = new RuleCompiler(classLoader).compile(RuleFiles.read(dir));
                WarmUp.run(compiled);
                rules.complete(compiled);
            } catch (Throwable e) {
                // The registry compiles again and reports the errors properly, with file and line.
                rules.completeExceptionally(e);
            }
        }, "rules-early-compile");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The early compile of {@code dir} if there was one and it produced exactly {@code files}; waits for it to
     * finish. Taken once: the reference is dropped so the set is not kept twice.
     */
    static Optional<RuleSet> take(Path dir, List<RuleFile> files) {
        Started started = STARTED.getAndSet(null);
        if (started == null || !started.dir().equals(dir)) {
            return Optional.empty();
        }
        try {
            RuleSet rules = started.rules().join();
            if (rules.version().equals(RuleFiles.version(files))) {
                return Optional.of(rules);
            }
            LOG.debugf("The rules in %s changed during start-up; compiling them again", dir);
        } catch (RuntimeException e) {
            LOG.debugf("The early compile of %s failed (%s); compiling again to report it", dir, e.getMessage());
        }
        return Optional.empty();
    }
}

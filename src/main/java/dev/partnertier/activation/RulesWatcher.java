package dev.partnertier.activation;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import dev.partnertier.engine.RuleFiles;
import dev.partnertier.engine.RulesCompilationException;

/**
 * Puts edits to the rules folder live: file-system events (and, as a safety net for file systems that send
 * none, a periodic look at the folder's content hash) schedule a reload once the folder has been quiet for
 * the debounce time. Reloads run on this watcher's own thread, never on a request's.
 */
@ApplicationScoped
public class RulesWatcher {

    private static final Logger LOG = Logger.getLogger(RulesWatcher.class);

    private final ActiveRules active;
    private final RulesReload reload;
    private final CompilerWarmUp compilerWarmUp;
    private final RulesConfig.Reload config;
    private ScheduledExecutorService scheduler;
    private WatchService watchService;
    private ScheduledFuture<?> pending;

    public RulesWatcher(ActiveRules active, RulesReload reload, CompilerWarmUp compilerWarmUp, RulesConfig config) {
        this.active = active;
        this.reload = reload;
        this.compilerWarmUp = compilerWarmUp;
        this.config = config.reload();
    }

    /** After {@link ActiveRules} has loaded the first rules (lower priority values are notified first). */
    void start(@Observes @Priority(ActiveRules.STARTUP_PRIORITY + 1) StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Rules reload is off: edits to the rules folder need a restart");
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rules-reload");
            thread.setDaemon(true);
            return thread;
        });
        try {
            watchService = FileSystems.getDefault().newWatchService();
            registerTree(active.dir());
            if (!active.scenariosDir().startsWith(active.dir()) && Files.isDirectory(active.scenariosDir())) {
                registerTree(active.scenariosDir()); // rules.scenarios-dir elsewhere (a second ConfigMap)
            }
            Thread watcher = new Thread(this::watch, "rules-watcher");
            watcher.setDaemon(true);
            watcher.start();
        } catch (IOException e) {
            LOG.warnf("Cannot watch %s (%s); relying on the periodic check alone", active.dir(), e.getMessage());
        }
        scheduler.schedule(compilerWarmUp::exercise, CompilerWarmUp.DELAY.toMillis(), TimeUnit.MILLISECONDS);
        long poll = config.pollInterval().toMillis();
        if (poll > 0) {
            scheduler.scheduleWithFixedDelay(this::checkForChanges, poll, poll, TimeUnit.MILLISECONDS);
        }
        LOG.infof("Watching %s for rule edits (debounce %d ms)", active.dir(), config.debounce().toMillis());
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                LOG.debug("closing the watch service", e);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                        Path created = ((Path) key.watchable()).resolve(name);
                        if (Files.isDirectory(created) && !name.toString().startsWith(".")) {
                            registerTree(created);
                        }
                    }
                }
                key.reset();
                schedule();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // shutting down
        } catch (IOException e) {
            LOG.warnf("Stopped watching %s (%s); relying on the periodic check alone", active.dir(), e.getMessage());
        }
    }

    /**
     * The safety net: compares the folder's content with the active rules, and its scenario files with those last run
     * (cheap: a few small files).
     */
    private void checkForChanges() {
        try {
            String onDisk = RuleFiles.version(RuleFiles.read(active.dir()));
            String failed = active.lastFailure().map(ReloadFailure::version).orElse(null);
            String live = active.get().version();
            boolean edited = !onDisk.equals(live) && !onDisk.equals(failed);
            boolean undone = onDisk.equals(live) && active.lastFailure().isPresent(); // a refused edit reverted: clear its error
            if (edited || undone || active.scenariosChanged()) {
                schedule();
            }
        } catch (RulesCompilationException e) {
            // The folder cannot be read as rules (a file not saved as UTF-8): a reload says so where analysts look.
            if (!active.lastFailure().map(f -> f.errors().equals(e.errors())).orElse(false)) {
                schedule();
            }
        } catch (RuntimeException e) {
            LOG.debugf("periodic rules check: %s", e.getMessage());
        }
    }

    /** (Re)starts the quiet period: the reload happens once no event arrived for the debounce time. */
    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(this::reload, config.debounce().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void reload() {
        try {
            reload.reload();
        } catch (RuntimeException | StackOverflowError e) { // logged, not lost in the scheduler's future
            LOG.error("Rules reload failed unexpectedly; the active rules keep serving", e);
        }
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                if (d.equals(dir) || !d.getFileName().toString().startsWith(".")) {
                    d.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        }
    }
}

package dev.partnertier.observability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.handlers.ConsoleHandler;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Writes console log lines in batches instead of one system call per line. The console handler Quarkus installs
 * flushes after every record; with a line per decision, those writes cost about 5% of a small decision's CPU time under
 * load (bench/README.md). Here the handler stops flushing by itself: its encoder sends 8 KB at a time, and a daemon
 * thread flushes it every {@code console-log.flush-interval}, so no line waits longer than that. On shutdown the buffer
 * is flushed and the handler flushes every line again. A process that dies without shutting down
 * (-XX:+ExitOnOutOfMemoryError, SIGKILL) loses at most that interval's lines.
 */
@ApplicationScoped
public class ConsoleLogBuffering {

    private final List<ExtHandler> buffered = new ArrayList<>();
    private ScheduledExecutorService flusher;

    // Late among the start-up observers: if one before it fails, no ShutdownEvent follows, and the console has to
    // still be writing each line at once.
    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1_000) StartupEvent event, ConsoleLogConfig config) {
        buffer(consoleHandlers(Logger.getLogger("").getHandlers()), config.flushInterval());
    }

    void stop(@Observes ShutdownEvent event) {
        unbuffer();
    }

    /**
     * Stops these handlers from flushing after each record and flushes them every {@code interval} instead; a zero
     * interval leaves them as they are (a write per record).
     */
    synchronized void buffer(List<? extends ExtHandler> handlers, Duration interval) {
        long millis = interval.toMillis();
        if (millis <= 0 || handlers.isEmpty() || flusher != null) {
            return;
        }
        flusher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "console-log-flush");
            thread.setDaemon(true);
            return thread;
        });
        buffered.addAll(handlers);
        buffered.forEach(h -> h.setAutoFlush(false));
        List<ExtHandler> flushed = List.copyOf(handlers); // the flusher's own list: unbuffer clears the other
        flusher.scheduleWithFixedDelay(() -> flushed.forEach(Handler::flush), millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Flushes what is buffered and lets the handlers write each record at once again. */
    synchronized void unbuffer() {
        if (flusher == null) {
            return;
        }
        flusher.shutdownNow();
        flusher = null;
        buffered.forEach(h -> h.setAutoFlush(true)); // lines logged while the process stops go out at once
        buffered.forEach(Handler::flush); // under the handler's lock, as writing a record is
        buffered.clear();
    }

    /** The console handlers among these and their children (Quarkus nests them in its delayed handler). */
    static List<ExtHandler> consoleHandlers(Handler[] handlers) {
        List<ExtHandler> found = new ArrayList<>();
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler console) {
                found.add(console);
            } else if (handler instanceof ExtHandler parent) {
                found.addAll(consoleHandlers(parent.getHandlers()));
            }
        }
        return found;
    }
}

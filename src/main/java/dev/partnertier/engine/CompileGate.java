package dev.partnertier.engine;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * At most one rule compile at a time in this replica. A compile takes a core for 0.2 to 1.5 s (measured, bench/):
 * two at once would starve the decisions, and a flood of validate calls would be a cheap way to take the service
 * down. Reloads wait their turn; callers on a request wait a little, then are told to come back.
 */
@ApplicationScoped
public class CompileGate {

    private final Semaphore permit = new Semaphore(1, true);

    /** Runs a compile when the gate is free, waiting as long as it takes (reloads and the compiler warm-up). */
    public <T> T await(Supplier<T> compile) {
        permit.acquireUninterruptibly();
        try {
            return compile.get();
        } finally {
            permit.release();
        }
    }

    /**
     * Runs a compile if the gate frees up within {@code wait}.
     *
     * @throws CompilerBusyException when another compile holds it longer
     */
    public <T> T within(Duration wait, Supplier<T> compile) {
        try {
            if (!permit.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new CompilerBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompilerBusyException();
        }
        try {
            return compile.get();
        } finally {
            permit.release();
        }
    }
}

package dev.partnertier.admission;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * What a decision may use of this replica: memory from a {@link MemoryBudget} sized from the maximum heap, and a
 * {@link DecisionSlots slot} to run in. A request's needs are estimated from its declared body length (before a
 * byte of it is read) with a measured factor; requests up to {@code admission.small-request} are small.
 */
@Startup // its checks and its shutdown hook from start-up, not from the first request
@ApplicationScoped
public class Admission {

    private static final Logger LOG = Logger.getLogger(Admission.class);

    private final AdmissionConfig config;
    private final MemoryBudget memory;
    private final DecisionSlots slots;
    private final Semaphore batches;
    private volatile boolean draining;
    /** When draining began ({@link System#nanoTime}), for the batches' grace. */
    private volatile long drainedAt;
    private final List<Runnable> graceOver = new CopyOnWriteArrayList<>();
    /** How long after the grace a batch that no partner has ended is cut short. */
    private static final long AFTER_GRACE_SECONDS = 1;
    private static final Duration AFTER_GRACE = Duration.ofSeconds(AFTER_GRACE_SECONDS);

    public Admission(AdmissionConfig config) {
        this.config = config;
        long budget = config.memoryBudget().map(size -> size.asLongValue())
                .orElse((long) (Runtime.getRuntime().maxMemory() * config.heapFraction()));
        this.memory = new MemoryBudget(budget, (long) (budget * config.smallShare()));
        int largeAtOnce = config.concurrentDecisions().orElse(Runtime.getRuntime().availableProcessors());
        this.slots = new DecisionSlots(largeAtOnce, config.maxWait(), config.retryAfter());
        this.batches = new Semaphore(config.concurrentBatches().orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2)));
        // The JVM runs this beside Quarkus' own shutdown: from SIGTERM on, new decisions are refused (503, try
        // another replica) so that those in flight finish within quarkus.shutdown.timeout, however many clients knock.
        Runtime.getRuntime().addShutdownHook(new Thread(this::drain, "admission-drain"));
        LOG.infof("Admission: %d MB of heap for decisions (%d MB for the largest request), %d large partners decided at once",
                budget >> 20, memory.largest() >> 20, largeAtOnce);
        ConfigProvider.getConfig().getOptionalValue("quarkus.shutdown.timeout", Duration.class)
                .filter(timeout -> config.batchGrace().plus(AFTER_GRACE).compareTo(timeout) >= 0)
                .ifPresent(timeout -> LOG.warnf("admission.batch-grace (%s) is not at least 1 s below quarkus.shutdown.timeout (%s): a batch "
                        + "under way at SIGTERM may be cut off by the shutdown instead of ending with its last answer",
                        config.batchGrace(), timeout));
    }

    /** True for a request of this declared body length (or unknown length, {@code -1}) counted as small. */
    public boolean isSmall(long contentLength) {
        return contentLength >= 0 && contentLength <= config.smallRequest().asLongValue();
    }

    /**
     * Bytes of heap a request of this declared body length needs at its peak. A body of unknown length (chunked)
     * may be as large as any: it is given the largest share, so such requests run one at a time.
     */
    public long needs(long contentLength) {
        if (contentLength < 0) {
            return memory.largest();
        }
        return (long) (contentLength * config.bytesPerBodyByte()) + 64 * 1024;
    }

    /**
     * A reservation of the memory a request with this declared body length needs (see {@link MemoryBudget#reserve});
     * refused with {@link OverloadedException} once the service is shutting down.
     */
    public CompletableFuture<Reservation> reserve(long contentLength) {
        if (draining) {
            return CompletableFuture.failedFuture(OverloadedException.shuttingDown(config.retryAfter()));
        }
        return memory.reserve(needs(contentLength), isSmall(contentLength), config.maxWait(), config.retryAfter());
    }

    /**
     * A reservation for one partner of a batch, of {@code bytes} of request: always from the large requests' part of
     * the budget, so batches never take the room kept for small single requests. Blocks up to the wait. A batch under
     * way goes on while the service shuts down, for {@code admission.batch-grace}.
     *
     * @throws OverloadedException when there is no room within the wait, or the service is shutting down and the grace
     *         has passed ({@link OverloadedException#shuttingDown()})
     * @throws TooLargeException when it could never fit
     */
    public Reservation reserveBatchItem(long bytes) {
        if (draining && System.nanoTime() - drainedAt > config.batchGrace().toNanos()) {
            throw OverloadedException.shuttingDown(config.retryAfter());
        }
        try {
            return memory.reserve(needs(bytes), false, config.maxWait(), config.retryAfter()).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Leave to run one batch, held until its last answer is written: batches run at most
     * {@code admission.concurrent-batches} at once, each on one processor.
     *
     * @throws OverloadedException when none is free within the wait, or the service is shutting down
     */
    public BatchPermit batch() {
        if (draining) {
            throw OverloadedException.shuttingDown(config.retryAfter());
        }
        try {
            if (!batches.tryAcquire(config.maxWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new OverloadedException("no room for another batch within " + config.maxWait().toMillis() + " ms", config.retryAfter());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OverloadedException("interrupted while waiting to run a batch", config.retryAfter());
        }
        return new BatchPermit(batches);
    }

    /** A slot to decide a large partner in, on a worker thread (see {@link DecisionSlots#take}). */
    public DecisionSlots.Slot slot() {
        return slots.take();
    }

    /** True from SIGTERM on: new decisions are refused while those in flight finish. */
    public boolean draining() {
        return draining;
    }

    /**
     * Stops taking new decisions, as on SIGTERM (a JVM shutdown hook calls it): new requests and batches are refused
     * with 503, batches under way go on for {@code admission.batch-grace}. Once drained, the replica stays so.
     */
    public synchronized void drain() {
        if (!draining) {
            drainedAt = System.nanoTime();
            draining = true;
            CompletableFuture.delayedExecutor(config.batchGrace().plus(AFTER_GRACE).toNanos(), TimeUnit.NANOSECONDS)
                    .execute(() -> graceOver.forEach(Runnable::run));
        }
    }

    /**
     * Runs this {@value #AFTER_GRACE_SECONDS} s after the batches' grace has passed after SIGTERM
     * ({@code admission.batch-grace}), on another thread: for the batches still under way then, waiting for their body or
     * for their client to read, which no next partner has ended (one that is sent a partner ends at it, within that
     * second).
     */
    public synchronized void whenGraceEnds(Runnable action) {
        graceOver.add(action);
        if (draining && System.nanoTime() - drainedAt > config.batchGrace().plus(AFTER_GRACE).toNanos()) {
            action.run(); // registered after the grace: too late for the timer
        }
    }

    public MemoryBudget memory() {
        return memory;
    }

    public Duration retryAfter() {
        return config.retryAfter();
    }
}

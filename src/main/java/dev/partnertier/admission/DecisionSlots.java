package dev.partnertier.admission;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Decisions that may run at once, small and large apart. Deciding is CPU work: more decisions at once than
 * processors only add contention (measured: Drools' truth maintenance takes a lock shared by every session, and
 * 16 decisions at once on 2 cores cost twice the CPU of 2 at once). Small requests have their own slots, so a
 * small partner never queues behind 100,000-customer ones. A caller waits at most {@code maxWait}.
 */
public final class DecisionSlots {

    private final Semaphore small;
    private final Semaphore large;
    private final Duration maxWait;
    private final Duration retryAfter;

    public DecisionSlots(int perClass, Duration maxWait, Duration retryAfter) {
        this.small = new Semaphore(perClass);
        this.large = new Semaphore(perClass);
        this.maxWait = maxWait;
        this.retryAfter = retryAfter;
    }

    /**
     * A slot of the request's class, released when the returned slot is closed.
     *
     * @throws OverloadedException when no slot frees up within the wait
     */
    public Slot take(boolean isSmall) {
        Semaphore slots = isSmall ? small : large;
        try {
            if (!slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new OverloadedException("no decision slot within " + maxWait.toMillis() + " ms", retryAfter);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OverloadedException("interrupted while waiting for a decision slot", retryAfter);
        }
        return new Slot(slots);
    }

    /** A slot held; closing it frees it for the next decision. */
    public static final class Slot implements AutoCloseable {
        private final Semaphore slots;
        private boolean released;

        private Slot(Semaphore slots) {
            this.slots = slots;
        }

        @Override
        public void close() {
            if (!released) {
                released = true;
                slots.release();
            }
        }
    }
}

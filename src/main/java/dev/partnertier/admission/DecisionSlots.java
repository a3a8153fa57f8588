package dev.partnertier.admission;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Large partners that may be decided at once, each on a worker thread. Deciding is CPU work: more decisions at
 * once than processors only add contention (measured: Drools' truth maintenance takes a lock shared by every
 * session, and 16 decisions at once on 2 cores cost twice the CPU of 2 at once). Small partners need no slot:
 * they are decided on the event loop that read them, so the event loops bound them, and they never queue behind
 * large ones. A caller waits at most {@code maxWait}.
 */
public final class DecisionSlots {

    private final Semaphore slots;
    private final Duration maxWait;
    private final Duration retryAfter;

    public DecisionSlots(int slots, Duration maxWait, Duration retryAfter) {
        this.slots = new Semaphore(slots);
        this.maxWait = maxWait;
        this.retryAfter = retryAfter;
    }

    /**
     * A slot, released when the returned slot is closed. Blocks the calling (worker) thread up to the wait.
     *
     * @throws OverloadedException when no slot frees up within the wait
     */
    public Slot take() {
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

package dev.partnertier.admission;

import java.util.concurrent.atomic.AtomicBoolean;

/** A share of the {@link MemoryBudget} held by one request; released once, however often it is closed. */
public final class Reservation implements AutoCloseable {

    private final MemoryBudget budget;
    private final long bytes;
    private final AtomicBoolean released = new AtomicBoolean();

    Reservation(MemoryBudget budget, long bytes) {
        this.budget = budget;
        this.bytes = bytes;
    }

    public long bytes() {
        return bytes;
    }

    @Override
    public void close() {
        if (released.compareAndSet(false, true)) {
            budget.release(bytes);
        }
    }
}

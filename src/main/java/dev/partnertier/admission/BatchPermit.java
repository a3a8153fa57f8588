package dev.partnertier.admission;

import java.util.concurrent.Semaphore;

/** Leave to run one batch ({@link Admission#batch}); closing it (once) lets the next batch in. */
public final class BatchPermit implements AutoCloseable {

    private final Semaphore batches;
    private boolean released;

    BatchPermit(Semaphore batches) {
        this.batches = batches;
    }

    @Override
    public synchronized void close() {
        if (!released) {
            released = true;
            batches.release();
        }
    }
}

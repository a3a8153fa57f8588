package dev.partnertier.admission;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bytes of heap shared by the decisions in flight. A request holds a reservation from before its body is read
 * until its answer is written, so the heap never holds more decisions than fit. Small requests may use the whole
 * budget; large ones all but the small requests' share, so small ones always find room. Requests that do not fit
 * wait, without a thread, in arrival order (a small one may pass a large one that does not fit yet; a large one waits
 * behind an earlier large one until that one is admitted or gives up), and are refused after the wait. Thread-safe.
 */
public final class MemoryBudget {

    private final long total;
    private final long smallShare;
    private long used;
    private final Deque<Waiter> waiters = new ArrayDeque<>();

    /**
     * @param total      the budget in bytes
     * @param smallShare the bytes only small requests may use
     */
    public MemoryBudget(long total, long smallShare) {
        this.total = total;
        this.smallShare = Math.min(smallShare, total);
    }

    public long total() {
        return total;
    }

    /** The most one large request can ever hold: all but the small requests' share. */
    public long largest() {
        return total - smallShare;
    }

    /** Bytes held now. */
    public synchronized long used() {
        return used;
    }

    /**
     * A reservation of {@code bytes}, now or when enough is released within {@code wait}.
     *
     * @return a future completed with the reservation, or exceptionally with {@link OverloadedException} after
     *         the wait, or at once with {@link TooLargeException} when it could never fit
     */
    public CompletableFuture<Reservation> reserve(long bytes, boolean small, Duration wait, Duration retryAfter) {
        long limit = small ? total : largest();
        if (bytes > limit) {
            return CompletableFuture.failedFuture(new TooLargeException(bytes, limit));
        }
        Waiter waiter;
        synchronized (this) {
            // A small request fits or waits on its own; a large one does not pass large ones already waiting.
            if (fits(bytes, small) && (small || waiters.stream().noneMatch(w -> !w.small))) {
                used += bytes;
                return CompletableFuture.completedFuture(new Reservation(this, bytes));
            }
            waiter = new Waiter(bytes, small, new CompletableFuture<>());
            waiters.add(waiter);
        }
        waiter.future.orTimeout(wait.toMillis(), TimeUnit.MILLISECONDS).whenComplete((reservation, failure) -> {
            if (failure != null) {
                synchronized (this) {
                    waiters.remove(waiter);
                }
                release(0); // the large ones it held back may fit now
            }
        });
        return waiter.future.handle((reservation, failure) -> {
            if (failure == null) {
                return reservation;
            }
            throw new OverloadedException("no memory for this request within " + wait.toMillis() + " ms", retryAfter);
        });
    }

    private boolean fits(long bytes, boolean small) {
        return used + bytes <= (small ? total : largest());
    }

    void release(long bytes) {
        Deque<Waiter> admitted = new ArrayDeque<>();
        synchronized (this) {
            used -= bytes;
            boolean largeStillWaiting = false; // a large one that does not fit yet holds back the large ones after it
            for (Iterator<Waiter> it = waiters.iterator(); it.hasNext();) {
                Waiter w = it.next();
                if (w.future.isDone()) {
                    it.remove(); // timed out
                } else if ((w.small || !largeStillWaiting) && fits(w.bytes, w.small)) {
                    used += w.bytes;
                    it.remove();
                    admitted.add(w);
                } else if (!w.small) {
                    largeStillWaiting = true;
                }
            }
        }
        for (Waiter w : admitted) {
            Reservation reservation = new Reservation(this, w.bytes);
            if (!w.future.complete(reservation)) {
                reservation.close(); // it timed out in between
            }
        }
    }

    private record Waiter(long bytes, boolean small, CompletableFuture<Reservation> future) {
    }
}

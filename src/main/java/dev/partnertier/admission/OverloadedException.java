package dev.partnertier.admission;

import java.time.Duration;

/**
 * The replica has no room for this request now, or is shutting down: answered 503 with {@code Retry-After}.
 */
public class OverloadedException extends RuntimeException {

    private final transient Duration retryAfter;
    private final boolean shuttingDown;

    public OverloadedException(String why, Duration retryAfter) {
        this(why, retryAfter, false);
    }

    private OverloadedException(String why, Duration retryAfter, boolean shuttingDown) {
        super(why, null, false, false);
        this.retryAfter = retryAfter;
        this.shuttingDown = shuttingDown;
    }

    /** Refused because the replica is stopping (SIGTERM): another replica answers the same request at once. */
    public static OverloadedException shuttingDown(Duration retryAfter) {
        return new OverloadedException("the service is shutting down", retryAfter, true);
    }

    /** True when the replica is stopping, not busy. */
    public boolean shuttingDown() {
        return shuttingDown;
    }

    /** Whole seconds, at least one, as {@code Retry-After} gives them (RFC 9110, section 10.2.3). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}

package dev.partnertier.admission;

import java.time.Duration;

/** The replica has no room for this request now: answered 503 with {@code Retry-After}. */
public class OverloadedException extends RuntimeException {

    private final transient Duration retryAfter;

    public OverloadedException(String why, Duration retryAfter) {
        super(why, null, false, false);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as {@code Retry-After} gives them (RFC 9110, section 10.2.3). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}

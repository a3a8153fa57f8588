package dev.partnertier.api;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A body without a declared length passed {@code quarkus.http.limits.max-body-size} while it was read
 * ({@link ChunkedBodyLimit}): answered 413 problem+json naming the limit, or, once a batch's answer has begun, the
 * answer is cut short like any body that cannot be read to its end (hence an {@link UncheckedIOException}).
 */
public class BodyTooLargeException extends UncheckedIOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("the body passed the limit of " + limit + " bytes", new IOException("body over " + limit + " bytes"));
        this.limit = limit;
    }

    /** The limit in bytes. */
    public long limit() {
        return limit;
    }
}

package dev.partnertier.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import io.vertx.ext.web.RoutingContext;

/**
 * {@code quarkus.http.limits.max-body-size} for a body that declares no length (chunked), on the paths that decide
 * partners and the analysts' ({@link #appliesTo}): their readers count the bytes they take and, past the limit, stop
 * with {@link BodyTooLargeException}, which is answered with a problem+json 413. Quarkus' own check would answer a bare 413 from inside its stream, with no
 * body and before the resource could say anything ({@code VertxInputStream}); {@code BodySizeLimit} takes that check
 * off these paths and leaves the limit here.
 */
public final class ChunkedBodyLimit {

    /** The routing context's key for the limit in bytes, put there by {@code BodySizeLimit} for a chunked body only. */
    static final String LIMIT = "partner-tier.chunked-body-limit";

    private ChunkedBodyLimit() {
    }

    /**
     * True for the paths whose bodies are read through this class: those that decide partners, and the analysts'
     * under {@code /rules} ({@link BoundedBody}).
     */
    static boolean appliesTo(String path) {
        return ProblemMappers.decidesPartners(path) || path != null && (path.equals("/rules") || path.startsWith("/rules/"));
    }

    /**
     * The body to read: bounded when it declares no length and a limit applies, as it is otherwise.
     *
     * @param body    the request body as Quarkus REST gives it
     * @param routing the exchange, or null outside an HTTP exchange (then the body is returned as it is)
     */
    public static InputStream bounded(InputStream body, RoutingContext routing) {
        Long limit = routing == null ? null : routing.get(LIMIT);
        return limit == null ? body : bounded(body, limit);
    }

    /** This body, stopped with {@link BodyTooLargeException} once more than {@code limit} bytes have been read from it. */
    static InputStream bounded(InputStream body, long limit) {
        return new Bounded(body, limit);
    }

    /** The exchange of Quarkus REST's request context, or null for any other kind. */
    static RoutingContext routing(ServerRequestContext context) {
        return context instanceof ResteasyReactiveRequestContext request ? request.serverRequest().unwrap(RoutingContext.class) : null;
    }

    /** Counts what is read and stops once more than the limit has come. */
    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        /**
         * Past the limit, the rest of the body is left unread: closing the request's stream would read it to its end
         * (Quarkus' {@code VertxInputStream} discards what is left), so that the refusal would wait for all of it. The
         * connection is closed, or the HTTP/2 stream reset, after the refusal ({@code UnreadBody}).
         */
        @Override
        public void close() throws IOException {
            if (read <= limit) {
                super.close();
            }
        }

        /** No mark: a reset would read bytes again that were counted once. */
        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public synchronized void mark(int readlimit) {
            // not supported (markSupported)
        }

        @Override
        public synchronized void reset() throws IOException {
            throw new IOException("mark/reset not supported");
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}

package dev.partnertier.api;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;

/**
 * The exchange of an answer streamed while its body is still read (a batch): once the answer has begun, a failure
 * can no longer change its status, so the only honest end is to cut the answer short: {@link #cutShort} closes the
 * connection (HTTP/1.x) or resets the answer's stream (HTTP/2) on its event loop, dropping what is queued on it, and
 * returns only then, before Quarkus REST ends the
 * answer (when the writer returns, from the worker thread).
 */
final class StreamedExchange implements AutoCloseable {

    /** How long {@link #cutShort} waits for the event loop: a round of it, unless the process is stopping. */
    private static final long WAIT_SECONDS = 5;

    /**
     * The HTTP/2 error code {@code CANCEL} (RFC 9113, section 7): the answer is not complete. Never {@code NO_ERROR},
     * which a client may take for the end of a complete answer.
     */
    private static final long CANCEL = 0x8;

    private final RoutingContext routing;
    private final Context context;
    private final Consumer<StreamedExchange> onClose;
    private volatile boolean done;

    /**
     * Call on the thread the request is handled on, where Quarkus makes the request's Vert.x context current;
     * {@code onClose} runs when the writer is done with it.
     */
    StreamedExchange(RoutingContext routing, Consumer<StreamedExchange> onClose) {
        this.routing = routing;
        this.context = Vertx.currentContext();
        this.onClose = onClose;
    }

    /** The writer is done with the exchange, whichever way the answer ended. */
    @Override
    public void close() {
        done = true;
        onClose.accept(this);
    }

    /**
     * Cuts the answer short from any thread, without waiting: the writer, blocked reading the body or writing to a
     * client that does not read, then fails and ends.
     */
    void cutShortFromAnywhere() {
        if (context == null) {
            cutUnlessDone();
        } else {
            context.runOnContext(ignored -> cutUnlessDone());
        }
    }

    /** A writer that has finished meanwhile (its last line written) keeps its answer whole. */
    private void cutUnlessDone() {
        if (!done && !routing.response().ended()) {
            cut();
        }
    }

    /**
     * Cuts the answer (without its last chunk, {@link #cut}) on its event loop, and waits until
     * that is done, at most {@value #WAIT_SECONDS} s, so that the caller's return cannot end the answer as if complete.
     * Blocks: call it on the worker thread that writes the answer.
     */
    void cutShort() {
        if (context == null || Context.isOnEventLoopThread()) {
            cut();
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        context.runOnContext(ignored -> {
            try {
                cut();
            } finally {
                done.countDown();
            }
        });
        try {
            done.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * On HTTP/1.x, closes the connection's channel outright: what is queued on it, the answer's last chunk among it, is
     * dropped. Vert.x's own reset, once the answer has begun, closes only after a write, which lets an end queued
     * before it through. The channel is Vert.x's implementation ({@code ConnectionBase}); were it ever another, the
     * reset is used. On HTTP/2 the answer's stream alone is reset ({@code RST_STREAM} with {@code CANCEL}, at once,
     * without its end): the connection's other requests go on.
     */
    private void cut() {
        done = true;
        if (!UnreadBody.ownsConnection(routing.request())) {
            routing.response().reset(CANCEL);
        } else if (routing.request().connection() instanceof ConnectionBase connection) {
            connection.channel().close();
        } else {
            routing.response().reset();
        }
    }
}

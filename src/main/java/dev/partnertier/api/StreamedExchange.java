package dev.partnertier.api;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * The exchange of an answer streamed while its body is still read (a batch): once the answer has begun, a failure
 * can no longer change its status, so the only honest end is to cut the answer short. Vert.x closes a connection
 * with an answer under way by a write that closes it once written, so an end of the answer queued before that write
 * (Quarkus REST ends it when the writer returns, from the worker thread) would still reach the client whole:
 * {@link #cutShort} closes it on the connection's event loop and returns only then.
 */
final class StreamedExchange {

    /** How long {@link #cutShort} waits for the event loop: a round of it, unless the process is stopping. */
    private static final long WAIT_SECONDS = 5;

    private final RoutingContext routing;
    private final Context context;

    /** Call on the thread the request is handled on, where Quarkus makes the request's Vert.x context current. */
    StreamedExchange(RoutingContext routing) {
        this.routing = routing;
        this.context = Vertx.currentContext();
    }

    /**
     * Resets the connection (HTTP/1.1: closes it, without the answer's last chunk) on its event loop, and waits until
     * that is done, at most {@value #WAIT_SECONDS} s, so that the caller's return cannot end the answer as if complete.
     * Blocks: call it on the worker thread that writes the answer.
     */
    void cutShort() {
        if (context == null || Context.isOnEventLoopThread()) {
            routing.response().reset();
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        context.runOnContext(ignored -> {
            try {
                routing.response().reset();
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
}

package dev.partnertier.api;

import io.vertx.core.Context;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * The rest of a request body that is refused before it is read (a 413, or a 400 for the request line). On HTTP/1.1 it
 * would follow on the connection, so the answer says {@code Connection: close} and the connection is closed once it is
 * written. On HTTP/2 {@code Connection} is a forbidden header and the connection carries other requests: the answer
 * goes without it, then the request's stream alone is reset with {@code NO_ERROR}, which asks the client to stop
 * sending the body (RFC 9113, sections 8.1 and 8.2.2).
 */
final class UnreadBody {

    /** The HTTP/2 error code {@code NO_ERROR} (RFC 9113, section 7). */
    private static final long NO_ERROR = 0;

    private UnreadBody() {
    }

    /**
     * True when the request has its connection to itself (HTTP/1.x: the answer may say {@code Connection: close});
     * false on HTTP/2, where other requests share it.
     */
    static boolean ownsConnection(HttpServerRequest request) {
        return request.version() != HttpVersion.HTTP_2;
    }

    /**
     * Once the answer is written, closes the connection (HTTP/1.x) or resets the request's stream (HTTP/2) while the
     * body is still coming. Through the routing context's end handlers, not the response's own, which would replace
     * them (admission, streams). The reset waits for the event loop's next turn: Vert.x calls the request handler before
     * it reads the end of the stream that came in the same frame ({@code END_STREAM} on its {@code HEADERS}), and a
     * stream closed on both sides, or reset already, must get no frame (RFC 9113, section 5.1).
     */
    static void dropAfterAnswer(RoutingContext routing) {
        if (ownsConnection(routing.request())) {
            routing.addEndHandler(ended -> routing.request().connection().close());
        } else {
            routing.addEndHandler(ended -> {
                if (ended.succeeded()) {
                    requestContext(routing).runOnContext(next -> {
                        if (!routing.request().isEnded() && !routing.response().closed()) { // closed: reset already (client, Netty)
                            routing.response().reset(NO_ERROR);
                        }
                    });
                }
            });
        }
    }

    /** The request's own context (its connection's event loop), wherever the end handler runs. */
    private static Context requestContext(RoutingContext routing) {
        return routing.request() instanceof HttpServerRequestInternal internal ? internal.context() : routing.vertx().getOrCreateContext();
    }

    /**
     * Drops the body of a request answered before it is read, if it has one: HTTP/1.x says so in its head (a
     * {@code Content-Length} other than 0, or a {@code Transfer-Encoding}; RFC 9112, section 6.3), and such an answer
     * says {@code Connection: close}; on HTTP/2 the stream's end tells, after the answer. A request without a body keeps
     * its connection for the next one. Call before the answer is written.
     */
    static void dropIfAny(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (request.isEnded()) {
            return; // read already (the management port reads a body before any route of ours)
        }
        if (!ownsConnection(request)) {
            dropAfterAnswer(routing);
        } else if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING) || declaresBody(request.getHeader(HttpHeaders.CONTENT_LENGTH))) {
            routing.response().putHeader(HttpHeaders.CONNECTION, "close");
            dropAfterAnswer(routing);
        }
    }

    private static boolean declaresBody(String contentLength) {
        return contentLength != null && !contentLength.trim().equals("0");
    }
}

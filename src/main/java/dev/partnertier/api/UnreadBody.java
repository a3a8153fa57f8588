package dev.partnertier.api;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * The rest of a request body that is refused (413) before it is read. On HTTP/1.1 it would follow on the connection,
 * so the answer says {@code Connection: close} and the connection is closed once it is written. On HTTP/2
 * {@code Connection} is a forbidden header and the connection carries other requests: the answer goes without it,
 * then the request's stream alone is reset with {@code NO_ERROR}, which asks the client to stop sending the body
 * (RFC 9113, sections 8.1 and 8.2.2).
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
     * body is still coming (a stream whose request has ended is closed already). Through the routing context's end
     * handlers, not the response's own, which would replace them (admission, streams).
     */
    static void dropAfterAnswer(RoutingContext routing) {
        if (ownsConnection(routing.request())) {
            routing.addEndHandler(ended -> routing.request().connection().close());
        } else {
            routing.addEndHandler(ended -> {
                if (ended.succeeded() && !routing.request().isEnded()) {
                    routing.response().reset(NO_ERROR);
                }
            });
        }
    }
}

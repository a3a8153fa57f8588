package dev.partnertier.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers the requests Vert.x-web refuses before any route (its {@code RoutingContextImpl.route()}, whose tests this
 * repeats) with a problem+json 400 that says what is wrong, logged at INFO as the client's fault:
 * <ul>
 * <li>a request that names no valid host: an HTTP/1.1 request without a {@code Host} header or with a malformed one
 * (RFC 9112, section 3.2: a server must answer it 400), an HTTP/2 request without {@code :authority} (HTTP/1.0 needs
 * no host);</li>
 * <li>a request target that is not a path starting with {@code /} (RFC 9112, section 3.2.1), such as {@code ?a},
 * {@code a/b} or the asterisk form {@code *}: this service answers nothing for the server as a whole. Vert.x-web gives
 * an empty target 400 and another 404 "for compatibility"; both are the request line's fault, so both get 400
 * here.</li>
 * </ul>
 * Before, Quarkus' error handler answered the first two with its own JSON and an error id, logged at ERROR (any
 * client could fill the error log), and the last with an empty 404.
 */
@ApplicationScoped
public class UnroutableRequests {

    private static final Logger LOG = Logger.getLogger(UnroutableRequests.class);
    private static final String HOST = "detail.host-required";
    private static final String TARGET = "detail.request-target";

    private final ObjectMapper json;

    public UnroutableRequests(ObjectMapper json) {
        this.json = json;
    }

    /** First among the failure handlers, before Quarkus' own (the router's last). */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::refuse);
    }

    private void refuse(RoutingContext context) {
        String detail = context.response().headWritten() ? null : detailKey(context.statusCode(), context.request());
        if (detail == null) {
            context.next();
            return;
        }
        RouterProblems answer = RouterProblems.of(context);
        LOG.infof("400 %s (request %s)", detail.equals(HOST) ? "a request without a valid Host header"
                : "a request target that is not a path", answer.requestId());
        String body = answer.prepare(context, json, 400, answer.text().format("title.bad-request"), answer.text().format(detail));
        context.response().end(body);
    }

    /** The sentence for a failure of Vert.x-web's own checks, or {@code null} for any other failure. */
    private static String detailKey(int status, HttpServerRequest request) {
        if (status == 400 && request.version() != HttpVersion.HTTP_1_0 && request instanceof HttpServerRequestInternal internal
                && !internal.isValidAuthority()) {
            return HOST;
        }
        String path = request.path();
        boolean notAPath = path == null || path.isEmpty() || path.charAt(0) != '/';
        return notAPath && (status == 400 || status == 404) ? TARGET : null;
    }
}

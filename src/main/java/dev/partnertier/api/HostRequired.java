package dev.partnertier.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request that names no valid host with a problem+json 400 that says so, logged at INFO as the client's
 * fault: an HTTP/1.1 request without a {@code Host} header or with a malformed one (RFC 9112, 3.2: a server must answer
 * it 400), an HTTP/2 request without {@code :authority}. Vert.x-web refuses such a request before any route (its
 * {@code RoutingContextImpl.route()}, whose test this repeats; HTTP/1.0 needs no host), and Quarkus' error handler
 * answered it with its own JSON and an error id, logged at ERROR: any client could fill the error log.
 */
@ApplicationScoped
public class HostRequired {

    private static final Logger LOG = Logger.getLogger(HostRequired.class);

    private final ObjectMapper json;

    public HostRequired(ObjectMapper json) {
        this.json = json;
    }

    /** First among the failure handlers, before Quarkus' own (the router's last). */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::refuse);
    }

    private void refuse(RoutingContext context) {
        if (context.statusCode() != 400 || context.response().headWritten() || context.request().version() == HttpVersion.HTTP_1_0
                || !(context.request() instanceof HttpServerRequestInternal request) || request.isValidAuthority()) {
            context.next();
            return;
        }
        RouterProblems answer = RouterProblems.of(context);
        LOG.infof("400 a request without a valid Host header (request %s)", answer.requestId());
        String body = answer.prepare(context, json, 400, answer.text().format("title.bad-request"),
                answer.text().format("detail.host-required"));
        context.response().end(body);
    }
}

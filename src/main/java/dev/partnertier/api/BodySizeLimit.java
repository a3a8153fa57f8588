package dev.partnertier.api;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.vertx.VertxInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import dev.partnertier.observability.AdmissionMetrics;

/**
 * Refuses a body declared larger than {@code quarkus.http.limits.max-body-size} with a problem+json 413,
 * before a byte of it is read. Quarkus refuses it too, but with an empty body; this route runs first. Its HTTP metrics
 * carry the template of the route the path would take ({@link MetricsUriTemplate}).
 * A chunked body declares no length. On the paths that decide partners and the analysts' under {@code /rules}, this
 * class takes Quarkus' count of it over ({@link ChunkedBodyLimit}), so that one over the limit gets a problem+json 413
 * too. Elsewhere (no other path reads a body today) Quarkus answers it with its own bare 413 once it has read past the
 * limit, and this class logs that refusal as one (not as the server failure Quarkus would log for the answer that can
 * no longer be written after it).
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final Logger LOG = Logger.getLogger(BodySizeLimit.class);
    static final int FILTER_PRIORITY = 10_000;

    private final long limit;
    private final ObjectMapper json;
    private final AdmissionMetrics admissionMetrics;
    private final AllowedMethods allowedMethods;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json,
            AdmissionMetrics admissionMetrics, AllowedMethods allowedMethods) {
        this.limit = limit.asLongValue();
        this.json = json;
        this.admissionMetrics = admissionMetrics;
        this.allowedMethods = allowedMethods;
    }

    /** A filter of the main router runs before Quarkus' own upload limit (a route at order -2 or so). */
    void install(@Observes Filters filters) {
        filters.register(this::check, FILTER_PRIORITY);
    }

    /**
     * Right after Quarkus' upload limit, which leaves the limit of a body without a declared length in the routing
     * context for its stream to enforce with a bare 413: on the paths of {@link ChunkedBodyLimit#appliesTo}, their
     * readers enforce it instead.
     */
    void installChunkedBodyLimit(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(context -> {
            if (context.get(VertxInputStream.MAX_REQUEST_SIZE_KEY) != null && ChunkedBodyLimit.appliesTo(context.normalizedPath())) {
                context.put(ChunkedBodyLimit.LIMIT, context.remove(VertxInputStream.MAX_REQUEST_SIZE_KEY));
            }
            context.next();
        });
    }

    /**
     * Runs before Quarkus' own failure handler (the last route), for failures only: a route without a request handler
     * is not matched by requests that do not fail.
     */
    void installFailureHandler(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::alreadyRefused);
    }

    /**
     * A chunked body over the limit on a path no reader of ours bounds: Quarkus has answered 413 and ended the response while Quarkus REST was still
     * reading the body, so the problem+json answer for that failed read cannot be written
     * ({@code IllegalStateException: Response has already been written}). The client has its answer; nothing failed
     * on the server's side.
     */
    private void alreadyRefused(RoutingContext context) {
        if (context.response().ended() && context.response().getStatusCode() == 413
                && context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && context.failure() instanceof IllegalStateException written
                && "Response has already been written".equals(written.getMessage())) {
            LOG.infof("413 chunked body over %d bytes refused (%s %s)", limit, context.request().method(), context.request().path());
            LOG.debug("the answer to the body that could not be read came after Quarkus' 413", context.failure());
            return;
        }
        context.next();
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !isLarger(declared)) {
            context.next();
            return;
        }
        RouterProblems answer = RouterProblems.of(context);
        Optional<String> template = allowedMethods.templateAt(AllowedMethods.routedPath(context));
        LOG.infof("413 body of %s bytes refused (request %s)", declared, answer.requestId());
        if (template.filter(ProblemMappers::decidesPartners).isPresent()) {
            admissionMetrics.tooLarge();
        }
        template.ifPresent(named -> MetricsUriTemplate.nameTemplate(context, named));
        String body = answer.prepare(context, json, 413, answer.text().format("title.too-large"),
                answer.text().format("detail.body-too-large", Long.parseLong(declared.trim()), limit));
        answer.send(context, body);
    }

    private boolean isLarger(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // not ours to judge: the HTTP layer answers a malformed length
        }
    }
}

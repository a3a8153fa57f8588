package dev.partnertier.api;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.vertx.VertxInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import dev.partnertier.contract.ProblemText;
import dev.partnertier.observability.AdmissionMetrics;

/**
 * Refuses a body declared larger than {@code quarkus.http.limits.max-body-size} with a problem+json 413,
 * before a byte of it is read. Quarkus refuses it too, but with an empty body; this route runs first. Sent to a path
 * that no resource method matches (outside Quarkus' own {@code /q/}), it gets the 404 that any request there gets:
 * a 413 would carry the client's path as the {@code uri} tag of the HTTP metrics ({@link MetricsUriTemplate}).
 * A chunked body declares no length. On the paths that decide partners and the analysts' under {@code /rules}, this
 * class takes Quarkus' count of it over ({@link ChunkedBodyLimit}), so that one over the limit gets a problem+json 413
 * too. Elsewhere (no other path reads a body today) Quarkus answers it with its own bare 413 once it has read past the
 * limit, and this class logs that refusal as one (not as the server failure Quarkus would log for the answer that can
 * no longer be written after it).
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final Logger LOG = Logger.getLogger(BodySizeLimit.class);
    private static final int FILTER_PRIORITY = 10_000;
    /** Quarkus' own endpoints on this port ({@code /q/openapi}), which no resource method of ours matches. */
    private static final String NON_APPLICATION = "/q/";

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
        String requestId = RequestIds.idFor(context.request().getHeader(RequestIds.HEADER));
        String language = Languages.pick(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE), ProblemMappers.LANGUAGES);
        ProblemText text = ProblemText.in(Languages.locale(language));
        String path = MetricsUriTemplate.routedPath(context);
        Optional<String> template = allowedMethods.templateAt(path);
        Problem problem;
        if (template.isEmpty() && !path.startsWith(NON_APPLICATION)) {
            // Routed nowhere: a 404 whatever its body, as Quarkus REST answers any other request to that path
            LOG.infof("404 body of %s bytes sent to no resource (request %s)", declared, requestId);
            problem = new Problem(Problem.HTTP_STATUS, text.format("title.not-found"), 404, text.format("detail.not-found"),
                    ProblemMappers.instance(rawPath(context.request().uri())), requestId, null);
        } else {
            LOG.infof("413 body of %s bytes refused (request %s)", declared, requestId);
            if (ProblemMappers.decidesPartners(context.request().path())) {
                admissionMetrics.tooLarge();
            }
            template.ifPresent(named -> MetricsUriTemplate.name(context, named));
            problem = new Problem(Problem.HTTP_STATUS, text.format("title.too-large"), 413,
                    text.format("detail.body-too-large", Long.parseLong(declared.trim()), limit),
                    ProblemMappers.instance(rawPath(context.request().uri())), requestId, null);
        }
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language)
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .putHeader(RequestIds.HEADER, requestId);
        if (UnreadBody.ownsConnection(context.request())) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        UnreadBody.dropAfterAnswer(context);
        context.response().end(body);
    }

    private boolean isLarger(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // not ours to judge: the HTTP layer answers a malformed length
        }
    }

    /** The path of a request line's URI, as sent (without its query). */
    private static String rawPath(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}

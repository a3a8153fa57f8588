package dev.partnertier.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.ManagementInterface;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request whose request line or host cannot name a resource with a problem+json 400 that says what is wrong,
 * logged at INFO as the client's fault, on the API port and the management port alike:
 * <ul>
 * <li>a request that names no valid host: an HTTP/1.1 request without a {@code Host} header or with a malformed one
 * (RFC 9112, section 3.2: a server must answer it 400), an HTTP/2 request without {@code :authority} (HTTP/1.0 needs
 * no host). Vert.x-web refuses it before any route ({@code RoutingContextImpl.route()}, whose test this repeats), and
 * Quarkus' error handler answered it with its own JSON and an error id, logged at ERROR: any client could fill the
 * error log;</li>
 * <li>a request target that is neither a path starting with {@code /} (the origin form, RFC 9112, section 3.2.1) nor
 * an {@code http} or {@code https} URI (the absolute form, 3.2.2). This service answers nothing for the server as a
 * whole ({@code OPTIONS *}) and is no proxy ({@code CONNECT}), so those well-formed targets are refused too. Vert.x-web
 * refuses an empty path ({@code ?a}) as above, answers another path not starting with {@code /} ({@code a/b},
 * {@code *}) with an empty 404, and routes a target not starting with {@code /} by what follows its first {@code ://}
 * ({@code x?a://b/rules} or {@code http://a?/rules} was answered as {@code /rules}): a filter ahead of all others
 * refuses the last ({@link #isPathOrHttpUri}).</li>
 * </ul>
 * The body of a refused request is not read on the API port. On the management port Quarkus' body handler comes
 * before any route of ours, so there the body of a target only this class refuses is read first (one over
 * {@code quarkus.http.limits.max-body-size} gets Quarkus' bare 413). The {@code uri} tag of a refused target is
 * {@code UNKNOWN}, or {@code root} when the path Vert.x found in it is empty or {@code /} (Quarkus reads no template
 * for those).
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

    /** Ahead of every other filter of the API port, {@link BodySizeLimit}'s among them. */
    void installTargetCheck(@Observes Filters filters) {
        filters.register(this::checkTarget, BodySizeLimit.FILTER_PRIORITY + 1);
    }

    /** The management port has a router of its own (health, metrics). */
    void installOnManagement(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).handler(this::checkTarget);
        management.router().route().order(Integer.MIN_VALUE).failureHandler(this::refuse);
    }

    private void checkTarget(RoutingContext context) {
        if (isPathOrHttpUri(context.request().uri())) {
            context.next();
        } else {
            context.fail(400);
        }
    }

    private void refuse(RoutingContext context) {
        String detail = context.response().headWritten() ? null : detailKey(context.statusCode(), context.request());
        if (detail == null) {
            context.next();
            return;
        }
        RouterProblems answer = RouterProblems.of(context);
        if (detail.equals(TARGET)) {
            MetricsUriTemplate.nameTemplate(context, HttpMetricTags.UNKNOWN); // not the path Vert.x found in it (class comment)
        }
        LOG.infof("400 %s: %s (request %s)", detail.equals(HOST) ? "a request without a valid Host header" : "a request target that is not a path",
                RouterProblems.requestLine(context.request()), answer.requestId());
        answer.send(context, answer.prepare(context, json, 400, answer.text().format("title.bad-request"), answer.text().format(detail)));
    }

    /** The sentence for a failure of the checks above (Vert.x-web's or ours), or {@code null} for any other failure. */
    private static String detailKey(int status, HttpServerRequest request) {
        if (status == 400 && request.version() != HttpVersion.HTTP_1_0 && request instanceof HttpServerRequestInternal internal
                && !internal.isValidAuthority()) {
            return HOST;
        }
        return (status == 400 || status == 404) && !isPathOrHttpUri(request.uri()) ? TARGET : null;
    }

    /**
     * True for a target in origin form ({@code /evaluate?x}) or an {@code http} or {@code https} URI in absolute form
     * (scheme case-insensitive, RFC 3986, section 3.1) whose path Vert.x finds where the URI has it: Vert.x takes the
     * first {@code /} after {@code ://} for the path's start, so {@code http://a?/rules} would be answered as
     * {@code /rules}; a URI whose authority ends in {@code ?} or {@code #} with a {@code /} after it is refused.
     */
    static boolean isPathOrHttpUri(String target) {
        if (target == null) {
            return false;
        }
        if (target.startsWith("/")) {
            return true;
        }
        int authority = target.regionMatches(true, 0, "http://", 0, 7) ? 7 : target.regionMatches(true, 0, "https://", 0, 8) ? 8 : -1;
        if (authority < 0) {
            return false;
        }
        for (int i = authority; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '/') {
                return true;
            }
            if (c == '?' || c == '#') {
                return target.indexOf('/', i) < 0; // no path: Vert.x takes "/", as it should
            }
        }
        return true;
    }
}

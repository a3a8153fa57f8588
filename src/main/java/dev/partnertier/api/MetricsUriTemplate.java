package dev.partnertier.api;

import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import io.vertx.core.Context;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives Quarkus' HTTP metrics ({@code http_server_requests_seconds}) the path template of the route as their {@code uri}
 * tag for the answers that Quarkus REST gives before it names the route: a 405, an {@code OPTIONS} answer
 * ({@link OptionsFilter}), a 406, and a refusal by a request filter or a filter of the router (a 413, 415 or 503 of
 * {@code POST /evaluate;x=1}).
 * <p>
 * Without it their tag is the raw path, which the client chooses: {@code DELETE /workbench/x1}, {@code /x2} and so on,
 * without a token, each made a new series until Micrometer's cap on {@code uri} tags
 * ({@code quarkus.micrometer.binder.http-server.max-uri-tags}, 100) was reached; after that, new series, those of
 * {@code POST /evaluate} among them, were not recorded. Quarkus' {@code suppress4xx-errors} would tag them all
 * {@code UNKNOWN}, and with them every 400 of {@code /evaluate}. A path that no route matches is left alone: its 404
 * is tagged {@code NOT_FOUND}.
 */
public class MetricsUriTemplate {

    /**
     * The key of the Vert.x request context's local under which Quarkus REST puts the template (its
     * {@code ObservabilityUtil}) and from which quarkus-micrometer's {@code HttpRequestMetric} reads it. Not a public
     * API: {@code MetricsUriTemplateTest} fails if Quarkus stops reading it.
     */
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    private final AllowedMethods allowedMethods;

    public MetricsUriTemplate(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    /** Names the route's template when Quarkus REST has not: the path as routed, matched against every resource method. */
    @ServerResponseFilter
    public void nameTheRoute(ResteasyReactiveContainerRequestContext filterContext) {
        ServerRequestContext request = filterContext.getServerRequestContext();
        RoutingContext routing = ChunkedBodyLimit.routing(request);
        Context context = routing == null ? null : requestContext(routing);
        if (context != null && context.getLocal(URL_PATH_TEMPLATE) == null) {
            allowedMethods.templateAt(request).ifPresent(template -> context.putLocal(URL_PATH_TEMPLATE, template));
        }
    }

    /**
     * Names the template of a request answered before Quarkus REST sees it (by a filter of the router, such as
     * {@link BodySizeLimit}).
     *
     * @param template a template from {@link AllowedMethods#templateAt(String)}
     */
    static void name(RoutingContext routing, String template) {
        Context context = requestContext(routing);
        if (context != null) {
            context.putLocal(URL_PATH_TEMPLATE, template);
        }
    }

    /**
     * The path of a request as Quarkus REST routes it, for a filter of the router: Vert.x' normalized path (dot segments
     * removed, unreserved characters decoded, {@code %2F} kept), without matrix parameters.
     */
    static String routedPath(RoutingContext routing) {
        return MATRIX_PARAMETERS.matcher(routing.normalizedPath()).replaceAll("");
    }

    private static final Pattern MATRIX_PARAMETERS = Pattern.compile(";[^/]*");

    /** The request's own Vert.x context, where Quarkus REST keeps the template (as its {@code ObservabilityUtil} does). */
    private static Context requestContext(RoutingContext routing) {
        return routing.request() instanceof HttpServerRequestInternal internal ? internal.context() : null;
    }
}

package dev.partnertier.api;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import io.vertx.core.Context;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives Quarkus' HTTP metrics ({@code http_server_requests_seconds}) the path template of the route as their {@code uri}
 * tag for the answers given before Quarkus REST has matched a resource method, which it records the template of: a
 * 405, 406 or 415 from matching, an {@code OPTIONS} answer ({@link OptionsFilter}), and a 413 of {@link BodySizeLimit}.
 * Their tag was the raw path ({@code DELETE /workbench/x1}); {@link HttpMetricTags} would now make it {@code UNKNOWN},
 * which says less than {@code /workbench/{asset}}. A path that no route matches is left alone: its 404 is tagged
 * {@code NOT_FOUND}.
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
    static void nameTemplate(RoutingContext routing, String template) {
        Context context = requestContext(routing);
        if (context != null) {
            context.putLocal(URL_PATH_TEMPLATE, template);
        }
    }

    /** The request's own Vert.x context, where Quarkus REST keeps the template (as its {@code ObservabilityUtil} does). */
    private static Context requestContext(RoutingContext routing) {
        return routing.request() instanceof HttpServerRequestInternal internal ? internal.context() : null;
    }
}

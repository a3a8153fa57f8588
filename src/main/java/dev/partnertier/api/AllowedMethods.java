package dev.partnertier.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP methods each path of the API takes, read once from the resources' JAX-RS annotations, for the {@code Allow}
 * header that a 405 must carry (RFC 9110, section 15.5.6) and that Quarkus REST's own 405 leaves out. A path that takes
 * GET takes HEAD too (answered by Quarkus REST), and every resource path takes OPTIONS ({@link OptionsFilter}).
 */
@Singleton
public class AllowedMethods {

    /**
     * One resource method: the request paths it matches, its path template as Quarkus REST writes it for the metrics'
     * {@code uri} tag ({@code /workbench/{asset}}), and its HTTP method.
     */
    record Route(Pattern path, String template, String method) {

        /** The literal characters of the template, by which JAX-RS prefers one match to another (3.7.2). */
        int literalCharacters() {
            return template.replaceAll("\\{[^/]*}", "").length();
        }
    }

    private final List<Route> routes;

    @Inject
    AllowedMethods(BeanManager beans) {
        this(beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().<Class<?>>map(Bean::getBeanClass)
                .filter(type -> type.isAnnotationPresent(Path.class)).distinct().toList());
    }

    /** The routes of these resource classes (each annotated with {@code @Path}). */
    AllowedMethods(Collection<Class<?>> resources) {
        List<Route> found = new ArrayList<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String template = tidy(sub == null ? base : base + "/" + sub.value());
                    found.add(new Route(template(template), template, httpMethod));
                }
            }
        }
        this.routes = List.copyOf(found);
    }

    /**
     * The value of an {@code Allow} header for this request, judged on the path as Quarkus REST routes it: normalized
     * (dot segments removed, unreserved characters decoded), without matrix parameters, an encoded slash ({@code %2F})
     * still encoded, so that {@code /evaluate%2F} names nothing, as it routes nowhere. Empty when no resource method
     * matches it.
     *
     * @param request Quarkus REST's context of the request (a {@link ResteasyReactiveRequestContext}, as every request's is)
     */
    public Optional<String> at(ServerRequestContext request) {
        return at(((ResteasyReactiveRequestContext) request).getPathWithoutPrefix());
    }

    /**
     * The value of an {@code Allow} header for this request path (e.g. {@code /evaluate} gives {@code OPTIONS, POST}),
     * or empty when no resource method matches it.
     */
    public Optional<String> at(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : matching(path)) {
            methods.add(route.method());
            if (route.method().equals(HttpMethod.GET)) {
                methods.add(HttpMethod.HEAD);
            }
        }
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        methods.add(HttpMethod.OPTIONS);
        return Optional.of(String.join(", ", methods));
    }

    /**
     * The path template of a resource method for this request's path, whatever the request's HTTP method: the one with
     * the most literal characters, as JAX-RS chooses among templates that match (for a 405 or {@code OPTIONS}, where no
     * method matches, Quarkus REST chooses none); empty when no resource method's template matches the path. The path
     * is judged as {@link #at(ServerRequestContext)} judges it.
     *
     * @return e.g. {@code /workbench/{asset}} for {@code DELETE /workbench/x1}
     */
    public Optional<String> templateAt(ServerRequestContext request) {
        return templateAt(((ResteasyReactiveRequestContext) request).getPathWithoutPrefix());
    }

    /**
     * The path of a request as Quarkus REST routes it, for a filter of the router that answers before Quarkus REST sees
     * the request: Vert.x' normalized path (dot segments removed, unreserved characters decoded, {@code %2F} kept),
     * without matrix parameters. Quarkus REST decodes {@code %2F} too when a path has a matrix parameter, which this
     * does not: such a path may find no template here.
     */
    static String routedPath(RoutingContext routing) {
        return MATRIX_PARAMETERS.matcher(routing.normalizedPath()).replaceAll("");
    }

    private static final Pattern MATRIX_PARAMETERS = Pattern.compile(";[^/]*");

    /** Every resource method's path template ({@code /evaluate}, {@code /workbench/{asset}}), as Quarkus REST writes it. */
    public Set<String> templates() {
        return routes.stream().map(Route::template).collect(Collectors.toUnmodifiableSet());
    }

    /** The path template that a request path routes to, as {@link #templateAt(ServerRequestContext)}. */
    public Optional<String> templateAt(String path) {
        return matching(path).stream().max(Comparator.comparingInt(Route::literalCharacters)).map(Route::template);
    }

    /** The routes whose template matches this path, a trailing slash ignored as Quarkus REST ignores it. */
    private List<Route> matching(String path) {
        String trimmed = path.length() > 1 ? path.replaceAll("/+$", "") : path;
        return routes.stream().filter(route -> route.path().matcher(trimmed).matches()).toList();
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /**
     * A JAX-RS path template as a pattern: literal text quoted, {@code {name}} one segment, {@code {name: regex}} its
     * regex (which may hold braces of its own); slashes collapsed and the trailing one dropped, as Quarkus REST matches.
     */
    static Pattern template(String template) {
        StringBuilder regex = new StringBuilder();
        String path = tidy(template);
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c != '{') {
                int next = path.indexOf('{', i);
                int end = next < 0 ? path.length() : next;
                regex.append(Pattern.quote(path.substring(i, end)));
                i = end;
                continue;
            }
            int depth = 0;
            int close = i;
            for (; close < path.length(); close++) {
                if (path.charAt(close) == '{') {
                    depth++;
                } else if (path.charAt(close) == '}' && --depth == 0) {
                    break;
                }
            }
            String variable = path.substring(i + 1, close);
            int colon = variable.indexOf(':');
            regex.append(colon < 0 ? "[^/]+" : "(?:" + variable.substring(colon + 1).trim() + ")");
            i = close + 1;
        }
        return Pattern.compile(regex.toString());
    }

    /** A template with a leading slash, its slashes collapsed and the trailing one dropped, as Quarkus REST writes it. */
    static String tidy(String template) {
        String path = ("/" + template).replaceAll("/{2,}", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}

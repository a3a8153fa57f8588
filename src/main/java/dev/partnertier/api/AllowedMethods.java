package dev.partnertier.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * The HTTP methods each path of the API takes, read once from the resources' JAX-RS annotations, for the {@code Allow}
 * header that a 405 must carry (RFC 9110, section 15.5.6) and that Quarkus REST's own 405 leaves out. A path that takes
 * GET takes HEAD too (answered by Quarkus REST), and every resource path takes OPTIONS ({@link OptionsFilter}).
 */
@Singleton
public class AllowedMethods {

    /** One resource method: the request paths it matches, and its HTTP method. */
    record Route(Pattern path, String method) {
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
                    found.add(new Route(template(sub == null ? base : base + "/" + sub.value()), httpMethod));
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
        String trimmed = path.length() > 1 ? path.replaceAll("/+$", "") : path;
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(trimmed).matches()) {
                methods.add(route.method());
                if (route.method().equals(HttpMethod.GET)) {
                    methods.add(HttpMethod.HEAD);
                }
            }
        }
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        methods.add(HttpMethod.OPTIONS);
        return Optional.of(String.join(", ", methods));
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
        String path = ("/" + template).replaceAll("/{2,}", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
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
}

package dev.partnertier.api;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Keeps the tags a client chooses on Quarkus' HTTP server metrics ({@code http_server_requests_seconds} and the other
 * {@code http.server.*} meters) to known sets, so that no client can mint series:
 * <ul>
 * <li>{@code uri}: a resource method's path template ({@link AllowedMethods#templates()}), or one of the fixed values
 * Quarkus and Netty give ({@code NOT_FOUND}, {@code root}, {@code /bad-request}, ...). Any other value, a path as a
 * client sent it, becomes {@code UNKNOWN}. Quarkus tags the raw path wherever no template was recorded: a request
 * Vert.x refuses before routing (no {@code Host}, an undecodable {@code %zz}), a 404 of {@code //x} (which it takes for
 * a template, being unlike its raw form), a reset request. Each new path was a new series, without a token, until
 * Micrometer's cap on {@code uri} values ({@code quarkus.micrometer.binder.http-server.max-uri-tags}, 100) was reached;
 * after that no new series was recorded, {@code POST /evaluate}'s among them. Quarkus' own {@code suppress4xx-errors}
 * would also make {@code UNKNOWN} of every 400 of {@code /evaluate}, whose raw path is its template.</li>
 * <li>{@code method}: the methods of RFC 9110 (section 9) and {@code PATCH} (RFC 5789); any other becomes
 * {@code _OTHER}, as the OpenTelemetry semantic conventions name it ({@code http.request.method}). Vert.x takes any
 * token as a method, and nothing capped this tag: each new one (a 405 or a 404, without a token) was a new series
 * kept for the life of the process, so a client could grow the heap without bound.</li>
 * </ul>
 */
@Singleton
public class HttpMetricTags {

    static final String URI = "uri";
    static final String UNKNOWN = "UNKNOWN";
    static final String METHOD = "method";
    static final String OTHER_METHOD = "_OTHER";
    /**
     * The values that name no path: Quarkus' ({@code HttpCommonTags}: {@code NOT_FOUND}, {@code REDIRECTION},
     * {@code root}, {@code UNKNOWN}; {@code HttpRequestMetric}: {@code /cors-preflight}) and Netty's request line for
     * one it could not parse ({@code /bad-request}, e.g. a 414).
     */
    private static final Set<String> FIXED = Set.of("NOT_FOUND", "REDIRECTION", "root", UNKNOWN, "/cors-preflight", "/bad-request");
    /** Case-sensitive, as methods are (RFC 9110, section 9.1). */
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

    /** Applied by Quarkus to every meter registry, before its own cap on {@code uri} values counts them. */
    @Produces
    @Singleton
    MeterFilter onlyKnownTags(AllowedMethods allowedMethods) {
        Set<String> uris = Stream.concat(FIXED.stream(), allowedMethods.templates().stream()).collect(Collectors.toUnmodifiableSet());
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("http.server.")) {
                    return id;
                }
                String uri = id.getTag(URI);
                String method = id.getTag(METHOD);
                boolean knownUri = uri == null || uris.contains(uri);
                boolean knownMethod = method == null || METHODS.contains(method);
                if (knownUri && knownMethod) {
                    return id;
                }
                return id.replaceTags(id.getTags().stream().map(tag -> switch (tag.getKey()) {
                    case URI -> knownUri ? tag : Tag.of(URI, UNKNOWN);
                    case METHOD -> knownMethod ? tag : Tag.of(METHOD, OTHER_METHOD);
                    default -> tag;
                }).toList());
            }
        };
    }
}

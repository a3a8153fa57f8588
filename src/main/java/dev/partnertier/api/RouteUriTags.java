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
 * Keeps the {@code uri} tag of Quarkus' HTTP server metrics ({@code http_server_requests_seconds} and the other
 * {@code http.server.*} meters) to a known set: a resource method's path template ({@link AllowedMethods#templates()}),
 * or one of the fixed values Quarkus and Netty give ({@code NOT_FOUND}, {@code root}, {@code /bad-request}, ...). Any
 * other value, a path as a client sent it, becomes {@code UNKNOWN}.
 * <p>
 * Quarkus tags the raw path wherever no template was recorded: a request Vert.x refuses before routing (no
 * {@code Host}, an undecodable {@code %zz}), a 404 of {@code //x} (which it takes for a template, being unlike its
 * raw form), a reset request. Each new path was a new series, without a token, until Micrometer's cap on {@code uri}
 * values ({@code quarkus.micrometer.binder.http-server.max-uri-tags}, 100) was reached; after that no new series was
 * recorded, {@code POST /evaluate}'s among them. Quarkus' own {@code suppress4xx-errors} would also make {@code UNKNOWN}
 * of every 400 of {@code /evaluate}, whose raw path is its template.
 */
@Singleton
public class RouteUriTags {

    static final String URI = "uri";
    static final String UNKNOWN = "UNKNOWN";
    /**
     * The values that name no path: Quarkus' ({@code HttpCommonTags}: {@code NOT_FOUND}, {@code REDIRECTION},
     * {@code root}, {@code UNKNOWN}; {@code HttpRequestMetric}: {@code /cors-preflight}) and Netty's request line for
     * one it could not parse ({@code /bad-request}, e.g. a 414).
     */
    private static final Set<String> FIXED = Set.of("NOT_FOUND", "REDIRECTION", "root", UNKNOWN, "/cors-preflight", "/bad-request");

    /** Applied by Quarkus to every meter registry, before its own cap on {@code uri} values counts them. */
    @Produces
    @Singleton
    MeterFilter onlyKnownUris(AllowedMethods allowedMethods) {
        Set<String> allowed = Stream.concat(FIXED.stream(), allowedMethods.templates().stream()).collect(Collectors.toUnmodifiableSet());
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String uri = id.getTag(URI);
                if (uri == null || allowed.contains(uri) || !id.getName().startsWith("http.server.")) {
                    return id;
                }
                return id.replaceTags(id.getTags().stream().map(tag -> URI.equals(tag.getKey()) ? Tag.of(URI, UNKNOWN) : tag).toList());
            }
        };
    }
}

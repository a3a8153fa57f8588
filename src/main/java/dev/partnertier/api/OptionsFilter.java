package dev.partnertier.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Answers {@code OPTIONS} for the API's paths from {@link AllowedMethods}: 200 with an empty body and the {@code Allow}
 * header of that very path (RFC 9110, 9.3.7), the same header a 405 on it carries, and 404 problem+json for a path
 * that has no resource method. Quarkus REST's own answer named every method of the resource class, whatever the path
 * under it: {@code HEAD} for {@code /evaluate}, which answers it 405, and {@code DELETE} for {@code /workbench}.
 * Like Quarkus' answer, it needs no credentials: it tells no more than a 405 on the path does.
 */
public class OptionsFilter {

    private final AllowedMethods allowedMethods;

    public OptionsFilter(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    /**
     * @return the answer to an {@code OPTIONS} request, or {@code null} (go on) for any other method
     * @throws NotFoundException for an {@code OPTIONS} request to a path no resource method matches
     */
    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 100) // after RequestIds gives the request its id
    public Response answerOptions(ResteasyReactiveContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return null;
        }
        String allow = allowedMethods.at(request.getServerRequestContext()).orElseThrow(NotFoundException::new);
        return Response.ok().header(HttpHeaders.ALLOW, allow).build();
    }
}

package dev.partnertier.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers {@code OPTIONS} for the API's paths from {@link AllowedMethods}: 200 with an empty body and the {@code Allow}
 * header of that very path (RFC 9110, 9.3.7), the same header a 405 on it carries, and 404 problem+json for a path
 * that has no resource method. Quarkus REST's own answer named every method of the resource class, whatever the path
 * under it: {@code HEAD} for {@code /evaluate}, which answers it 405, and {@code DELETE} for {@code /workbench}.
 * Like Quarkus' answer, it needs no credentials: it tells no more than {@code /q/openapi} does.
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
    @ServerRequestFilter(preMatching = true)
    public Response answerOptions(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return null;
        }
        String allow = allowedMethods.at(request.getUriInfo().getPath()).orElseThrow(NotFoundException::new);
        return Response.ok().header(HttpHeaders.ALLOW, allow).build();
    }
}

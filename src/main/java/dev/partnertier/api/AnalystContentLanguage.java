package dev.partnertier.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Names the language of the analysts' answers under {@code /rules} (their compile-error hints and problems follow
 * {@code Accept-Language}: en or ko) in {@code Content-Language}, as {@code /evaluate} does for its sentences, and that
 * the answer varies with {@code Accept-Language} ({@code Vary}, RFC 9110 section 12.5.5), so that no cache serves it in
 * another language.
 */
public class AnalystContentLanguage {

    @ServerResponseFilter
    public void name(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        // A rule file's text (/rules/files/...) is the analysts' own, in no language the Accept-Language picks.
        if (response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE) || !path.startsWith("/rules")
                || path.startsWith("/rules/files/")) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE,
                Languages.ofService(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).getLanguage());
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
}

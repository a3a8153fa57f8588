package dev.partnertier.api;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Refuses a body sent with a content coding ({@code Content-Encoding: gzip}, {@code br}, ...): the service reads bodies
 * as they are sent (Quarkus' request decompression is off, so that the body limits count what is decoded), and a
 * compressed body read as JSON would only be called "not valid JSON". RFC 9110, 8.4 and 15.5.16: 415, with
 * {@code Accept-Encoding: identity} saying what is accepted. {@code identity} itself is no coding and passes.
 */
public class ContentCodingFilter {

    @ServerRequestFilter(priority = Priorities.USER - 100) // before admission reserves memory for the body
    public void refuseCodedBodies(HttpServerRequest request) {
        String coding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
        if (coding != null && !coding.isBlank() && !coding.strip().equalsIgnoreCase("identity")) {
            throw new ContentCodingException(coding.strip());
        }
    }

    /** A body sent with a content coding: answered 415 naming it. */
    static final class ContentCodingException extends RuntimeException {

        private final String coding;

        ContentCodingException(String coding) {
            super("Content-Encoding " + coding, null, false, false);
            this.coding = coding;
        }

        /** The coding as the request named it, e.g. {@code gzip}. */
        String coding() {
            return coding;
        }
    }
}

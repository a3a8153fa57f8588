package dev.partnertier.api;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Refuses a body sent with a content coding ({@code Content-Encoding: gzip}, {@code br}, ...): the service reads bodies
 * as they are sent (Quarkus' request decompression is off: the body limits and the admission budget count the bytes
 * that arrive), so a compressed body would only be called "not valid JSON", and a plain one labelled gzip read as if
 * it were not labelled. RFC 9110, 8.4 and 15.5.16: 415, with {@code Accept-Encoding: identity} saying what is
 * accepted. {@code identity} itself is no coding and passes; so does any header on a request without a body.
 */
public class ContentCodingFilter {

    @ServerRequestFilter(priority = Priorities.USER - 100) // before admission reserves memory for the body
    public void refuseCodedBodies(HttpServerRequest request) {
        if (request.getHeader(HttpHeaders.CONTENT_ENCODING) == null || !hasBody(request)) {
            return; // the usual request: one header lookup, nothing allocated
        }
        for (String header : request.headers().getAll(HttpHeaders.CONTENT_ENCODING)) {
            for (String coding : header.split(",")) { // RFC 9110, 8.4: a list, in the order the codings were applied
                String name = coding.strip();
                if (!name.isEmpty() && !name.equalsIgnoreCase("identity")) {
                    throw new ContentCodingException(name);
                }
            }
        }
    }

    /** A request that sends a body: a length above 0, or a chunked one. */
    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader("Transfer-Encoding") != null || length != null && !length.strip().equals("0");
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

package dev.partnertier.api;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token (so the portal's id
 * follows the request through our logs), else a new one. It is in the logs' MDC, in every problem body and
 * in the response header.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** Before matching, so that 404, 405 and 415 answers carry an id too. */
    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String id = idFor(request.getHeaderString(HEADER));
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
    }

    /** The caller's id when we are willing to repeat it in logs and answers (a short token, nothing else), else a new one. */
    static String idFor(String given) {
        return given != null && SANE.matcher(given).matches() ? given : randomId();
    }

    /**
     * A random (version 4) UUID from a thread-local generator: a request id needs to be unique, not unguessable, and
     * {@code UUID.randomUUID()} reads the system's secure random source under a lock on every request.
     */
    static String randomId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The current request's id, for problem bodies and log lines. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}

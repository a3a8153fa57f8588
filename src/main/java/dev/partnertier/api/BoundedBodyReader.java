package dev.partnertier.api;

import java.io.IOException;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Reads the body of a {@link BoundedBody} resource through {@link ChunkedBodyLimit}: a chunked body stops with
 * {@link BodyTooLargeException} once past the limit, answered 413 problem+json. Jackson wraps what its input stream
 * throws inside a field ({@code JsonMappingException}); the limit is said as the limit all the same, not as bad JSON.
 */
@Provider
@BoundedBody
public class BoundedBodyReader implements ReaderInterceptor {

    private final CurrentVertxRequest request;

    public BoundedBodyReader(CurrentVertxRequest request) {
        this.request = request;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(ChunkedBodyLimit.bounded(context.getInputStream(), request.getCurrent()));
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BodyTooLargeException tooLarge) {
                    throw tooLarge;
                }
            }
            throw e;
        }
    }
}

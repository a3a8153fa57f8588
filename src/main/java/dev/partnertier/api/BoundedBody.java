package dev.partnertier.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * On a resource under {@code /rules}: its JSON bodies are read through {@link BoundedBodyReader}, so that one sent
 * without a declared length (chunked) and over {@code quarkus.http.limits.max-body-size} is answered with a
 * problem+json 413 naming the limit, as on the paths that decide partners ({@link ChunkedBodyLimit}). Every resource
 * whose path starts with {@code /rules} carries it: {@code BodySizeLimit} leaves the limit of such a body to it.
 */
@NameBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface BoundedBody {
}

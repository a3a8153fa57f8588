package dev.partnertier.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyReader;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import dev.partnertier.contract.InvalidRequestException;
import dev.partnertier.decision.DecisionService;
import dev.partnertier.model.PartnerFacts;

/**
 * Reads the body of {@code POST /evaluate} straight into the facts the rules judge ({@code PartnerReader}): no
 * object per customer kept (a 100,000-customer body is 24 MB; bench/README.md). A body up to
 * {@code quarkus.rest.input-buffer-size} is read from memory on the event loop, a larger one as a stream on a
 * worker thread (Quarkus REST's {@code InputHandler} for a non-blocking endpoint). A body without a declared length is
 * read up to {@code quarkus.http.limits.max-body-size} ({@link ChunkedBodyLimit}).
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerBodyReader implements ServerMessageBodyReader<PartnerFacts> {

    private final DecisionService decisions;

    public PartnerBodyReader(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo lazyMethod, MediaType mediaType) {
        return type == PartnerFacts.class;
    }

    @Override
    public PartnerFacts readFrom(Class<PartnerFacts> type, Type genericType, MediaType mediaType, ServerRequestContext context) {
        return read(ChunkedBodyLimit.bounded(context.getInputStream(), ChunkedBodyLimit.routing(context)));
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == PartnerFacts.class;
    }

    @Override
    public PartnerFacts readFrom(Class<PartnerFacts> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return read(entityStream);
    }

    private PartnerFacts read(InputStream body) {
        try {
            return decisions.reader().read(body);
        } catch (InvalidRequestException e) {
            decisions.rejected();
            throw e;
        } catch (UncheckedIOException e) {
            throw e;
        }
    }
}

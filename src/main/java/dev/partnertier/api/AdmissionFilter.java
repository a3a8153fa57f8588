package dev.partnertier.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.concurrent.CompletableFuture;

import dev.partnertier.admission.Admission;
import dev.partnertier.admission.Reservation;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Admits a request to an {@link Admitted} endpoint before its body is read (after the caller is authenticated:
 * nobody else can take the budget): it reserves the memory its declared length needs, waiting without a thread
 * when the budget is taken, and gives it back when the answer has been written or the client is gone. Refused:
 * 503 with {@code Retry-After} after the wait, 413 when it could never fit.
 */
public class AdmissionFilter {

    private final Admission admission;

    public AdmissionFilter(Admission admission) {
        this.admission = admission;
    }

    @Admitted
    @ServerRequestFilter
    public Uni<Response> admit(RoutingContext routing) {
        long length = contentLength(routing.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        CompletableFuture<Reservation> reservation = admission.reserve(length);
        // Given back when the answer is written, or the client is gone (even while it waits: then on admission).
        routing.addEndHandler(done -> reservation.thenAccept(Reservation::close));
        // Also once the answer's last byte is written, whoever wrote it: code that sets the response's own end handler
        // (as Quarkus does when it answers a chunked body over quarkus.http.limits.max-body-size itself, on paths whose
        // readers do not bound it) replaces the one the line above relies on; the body-end handlers are a list of
        // Vert.x Web's own, which it leaves alone.
        routing.addBodyEndHandler(written -> reservation.thenAccept(Reservation::close));
        if (routing.response().closed()) {
            // The client went away before this filter ran (during authentication): no handler added now will be called.
            reservation.thenAccept(Reservation::close);
        }
        return Uni.createFrom().completionStage(reservation).replaceWith((Response) null);
    }

    /** The declared body length, or -1 when there is none (a chunked body). */
    static long contentLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

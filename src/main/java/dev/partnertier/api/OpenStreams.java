package dev.partnertier.api;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;
import io.vertx.ext.web.RoutingContext;

import dev.partnertier.admission.Admission;

/**
 * The streamed answers under way (batches, what-if streams). A stream ends itself at its next partner once the
 * shutdown's grace for batches has passed; one waiting for its body, or for its client to read, has no next partner,
 * so when the grace ends those still open are cut short here, and the process stops then, not at
 * {@code quarkus.shutdown.timeout}.
 */
@Startup
@ApplicationScoped
public class OpenStreams {

    private static final Logger LOG = Logger.getLogger(OpenStreams.class);

    private final Set<StreamedExchange> open = ConcurrentHashMap.newKeySet();

    public OpenStreams(Admission admission) {
        admission.whenGraceEnds(this::cutAllShort);
    }

    /**
     * The exchange of a streamed answer about to begin, watched until it ends. Call on the thread the request is
     * handled on (see {@link StreamedExchange}).
     */
    StreamedExchange open(RoutingContext routing) {
        StreamedExchange exchange = new StreamedExchange(routing, open::remove);
        open.add(exchange);
        // Also when the writer never ran: the end handlers, or the last byte written (Quarkus' own 413 replaces the
        // response's end handler), or a client already gone (see AdmissionFilter).
        routing.addEndHandler(ended -> open.remove(exchange));
        routing.addBodyEndHandler(written -> open.remove(exchange));
        if (routing.response().closed()) {
            open.remove(exchange);
        }
        return exchange;
    }

    private void cutAllShort() {
        if (!open.isEmpty()) {
            LOG.infof("the batches' grace has passed: %d streamed answers still under way are cut short", open.size());
        }
        for (StreamedExchange exchange : open) {
            try {
                exchange.cutShortFromAnywhere();
            } catch (RuntimeException e) {
                LOG.debugf("a streamed answer could not be cut short (%s); its connection is likely closed already", e);
            }
            open.remove(exchange);
        }
    }
}

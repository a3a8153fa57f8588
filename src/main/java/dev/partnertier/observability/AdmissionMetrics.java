package dev.partnertier.observability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

import dev.partnertier.admission.Admission;
import dev.partnertier.admission.OverloadedException;

/**
 * Prometheus metrics of admission: the memory budget for decisions and how much of it decisions in flight hold
 * ({@code partner_tier_admission_memory_bytes{state="budget|used"}}), and the partners refused
 * ({@code partner_tier_admission_refused_total{reason}}: {@code busy}, a 503 with {@code Retry-After} after the wait;
 * {@code too-large}, a 413 for a body or a partner larger than the service takes; {@code shutting-down}, a 503 from
 * SIGTERM on) on the portal's paths: a request refused whole counts once (a batch too), and each partner refused
 * inside a batch's answer once, which the HTTP metrics count as a 200. An analyst's what-if is not counted. A
 * replica that is often near its budget, or refuses partners as busy, needs company: scale out.
 */
@ApplicationScoped
public class AdmissionMetrics {

    private final Counter busy;
    private final Counter tooLarge;
    private final Counter shuttingDown;

    public AdmissionMetrics(MeterRegistry meters) {
        busy = refused(meters, "busy");
        tooLarge = refused(meters, "too-large");
        shuttingDown = refused(meters, "shutting-down");
    }

    private static Counter refused(MeterRegistry meters, String reason) {
        return Counter.builder("partner.tier.admission.refused")
                .description("Requests to /evaluate and /evaluate/batch refused whole, and partners refused inside a batch: busy (503), too large (413), shutting down (503)")
                .tag("reason", reason).register(meters);
    }

    /** A partner refused with 503: busy, or shutting down. */
    public void refused(OverloadedException e) {
        (e.shuttingDown() ? shuttingDown : busy).increment();
    }

    /** A partner refused with 413: its body or the memory it needs larger than the service takes. */
    public void tooLarge() {
        tooLarge.increment();
    }

    void register(@Observes StartupEvent event, Admission admission, MeterRegistry meters) {
        Gauge.builder("partner.tier.admission.memory", admission, a -> a.memory().total())
                .description("Heap for decisions in flight, in bytes: the budget, and what is held").baseUnit("bytes")
                .tag("state", "budget").register(meters);
        Gauge.builder("partner.tier.admission.memory", admission, a -> a.memory().used())
                .description("Heap for decisions in flight, in bytes: the budget, and what is held").baseUnit("bytes")
                .tag("state", "used").register(meters);
    }
}

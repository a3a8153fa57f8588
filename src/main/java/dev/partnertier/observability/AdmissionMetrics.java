package dev.partnertier.observability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

import dev.partnertier.admission.Admission;

/**
 * Prometheus gauges of admission: the memory budget for decisions and how much of it decisions in flight hold
 * ({@code partner_tier_admission_memory_bytes{state="budget|used"}}). A replica that is often near its budget
 * answers 503 to some callers: scale out.
 */
@ApplicationScoped
public class AdmissionMetrics {

    void register(@Observes StartupEvent event, Admission admission, MeterRegistry meters) {
        Gauge.builder("partner.tier.admission.memory", admission, a -> a.memory().total())
                .description("Heap for decisions in flight, in bytes: the budget, and what is held").baseUnit("bytes")
                .tag("state", "budget").register(meters);
        Gauge.builder("partner.tier.admission.memory", admission, a -> a.memory().used())
                .description("Heap for decisions in flight, in bytes: the budget, and what is held").baseUnit("bytes")
                .tag("state", "used").register(meters);
    }
}

package dev.partnertier.observability;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.partnertier.model.PartnerFacts;
import dev.partnertier.model.Tier;

/**
 * Prometheus metrics of the decisions ({@code /q/metrics}): evaluations by tier and outcome, their latency as
 * a histogram, and the size of what was evaluated. Meters are created once, so recording costs a few atomic
 * increments.
 */
@ApplicationScoped
public class DecisionMetrics {

    private final Counter gold;
    private final Counter silver;
    private final Counter none;
    private final Counter rejected;
    private final Counter failed;
    private final Timer latency;
    private final DistributionSummary customers;
    private final DistributionSummary workloads;
    private final DistributionSummary individuals;
    private final MeterRegistry registry;

    public DecisionMetrics(MeterRegistry registry) {
        gold = evaluations(registry, "decided", "GOLD");
        silver = evaluations(registry, "decided", "SILVER");
        none = evaluations(registry, "decided", "NONE");
        rejected = evaluations(registry, "rejected", "-");
        failed = evaluations(registry, "failed", "-");
        latency = Timer.builder("partner.tier.evaluation")
                .description("Time to decide one partner: facts inserted, rules fired, conclusions collected")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(100_000))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        customers = size(registry, "customers");
        workloads = size(registry, "workloads");
        individuals = size(registry, "individuals");
        this.registry = registry;
    }

    /**
     * Registers {@code partner_tier_rules_slow}: 1 while the active rules are too slow to decide small partners on the
     * event loop ({@code admission.event-loop-limit}), 0 otherwise. Called once, by the decisions' service.
     */
    public void slowRules(BooleanSupplier slow) {
        Gauge.builder("partner.tier.rules.slow", () -> slow.getAsBoolean() ? 1 : 0)
                .description("1 while the active rules take longer than admission.event-loop-limit on average to evaluate a small "
                        + "partner, so that small partners are decided on worker threads; 0 otherwise")
                .register(registry);
    }

    private static Counter evaluations(MeterRegistry registry, String outcome, String tier) {
        return Counter.builder("partner.tier.evaluations")
                .description("Evaluations by outcome (decided, rejected as invalid, failed) and tier")
                .tag("outcome", outcome).tag("tier", tier)
                .register(registry);
    }

    /**
     * Buckets of a request's size, 1 to 10,000,000 in steps of 1 and 5 per power of ten (15 series per summary; the
     * request's limits allow up to 200,000 customers of 50 workloads): Micrometer's own percentile histogram over the
     * whole range of a long published 276.
     */
    private static final double[] SIZES = {1, 5, 10, 50, 100, 500, 1_000, 5_000, 10_000, 50_000, 100_000, 500_000, 1_000_000,
        5_000_000, 10_000_000};

    private static DistributionSummary size(MeterRegistry registry, String what) {
        return DistributionSummary.builder("partner.tier.request." + what)
                .description("Number of " + what + " in one evaluated request")
                .baseUnit(what)
                .serviceLevelObjectives(SIZES)
                .register(registry);
    }

    public void decided(Tier tier, long nanos, PartnerFacts facts) {
        (tier == Tier.GOLD ? gold : tier == Tier.SILVER ? silver : none).increment();
        latency.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        customers.record(facts.customerCount());
        workloads.record(facts.workloadCount());
        individuals.record(facts.people().size());
    }

    public void rejected() {
        rejected.increment();
    }

    public void failed() {
        failed.increment();
    }
}

package dev.partnertier.admission;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many decisions this replica takes on at once: a memory budget that every decision holds a share of while it
 * runs, and a bound on the decisions that run at the same time. Defaults are measured (bench/README.md).
 */
@ConfigMapping(prefix = "admission")
public interface AdmissionConfig {

    /**
     * The budget as a share of the maximum heap ({@code -Xmx}), when {@link #memoryBudget()} is not set. The rest is
     * the service itself (about 30 MB live) and room for the collector to work in.
     */
    @WithDefault("0.5")
    double heapFraction();

    /** The budget in bytes, overriding {@link #heapFraction()}. */
    Optional<MemorySize> memoryBudget();

    /**
     * Heap a decision needs per byte of its request body, at its peak: the buffer the body arrives in (which grows by
     * doubling), the facts read from it, the answer and its buffer. Measured at about 3.3 for 100,000 customers
     * (-Xlog:gc, bench/README.md).
     */
    @WithDefault("4")
    double bytesPerBodyByte();

    /**
     * Requests up to this size are small (a partner with up to about 1,000 customers). Small requests have their own
     * share of the budget, so they never wait for memory behind large ones (which thread decides a partner is a
     * matter of what was read: see DecisionService).
     */
    @WithDefault("256K")
    MemorySize smallRequest();

    /** The share of the budget only small requests may use. */
    @WithDefault("0.1")
    double smallShare();

    /**
     * Large partners (over 4,000 customers, workloads and individuals together) decided at once, each on a worker
     * thread; by default the number of processors. Small partners are decided on the event loop that read them
     * (quarkus.vertx.event-loops-pool-size bounds them).
     */
    OptionalInt concurrentDecisions();

    /**
     * Batches ({@code POST /evaluate/batch}) decided at once; by default half the processors (at least one), so
     * that single requests always find a processor. Each batch decides its partners one after the other.
     */
    OptionalInt concurrentBatches();

    /**
     * The average time the active rules may take to evaluate a small partner and still decide small partners on the
     * event loop (the shipped rules take about 25 µs, bench/README.md). Rules that take longer, after an edit that made
     * them slow, would hold the event loop, and every request and health probe it serves, for as long each time: small
     * partners are then decided on worker threads in decision slots, and on the event loop again once the rules
     * average under a quarter of this (a stall of the whole process, such as a garbage-collection pause, does not count:
     * {@code RulesPace}). Logged at WARN, and {@code partner_tier_rules_slow} is 1 meanwhile. Zero decides every small
     * partner on a worker thread (the rules are then never said to be slow).
     */
    @WithDefault("20ms")
    Duration eventLoopLimit();

    /** How long a request may wait for memory or a decision slot before it is answered 503. */
    @WithDefault("2s")
    Duration maxWait();

    /** The Retry-After of a 503: how long to wait before trying again. */
    @WithDefault("2s")
    Duration retryAfter();

    /**
     * How long a batch under way at SIGTERM goes on deciding its partners; after that, its next partner is answered 503
     * and the batch ends there, so that the process stops within {@code quarkus.shutdown.timeout} (30 s). New
     * requests and batches are refused from SIGTERM on.
     */
    @WithDefault("20s")
    Duration batchGrace();
}

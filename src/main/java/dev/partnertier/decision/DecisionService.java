package dev.partnertier.decision;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnertier.activation.ActiveRules;
import dev.partnertier.admission.Admission;
import dev.partnertier.admission.AdmissionConfig;
import dev.partnertier.admission.DecisionSlots;
import dev.partnertier.activation.LoadedRules;
import dev.partnertier.contract.PartnerReader;
import dev.partnertier.engine.Evaluation;
import dev.partnertier.engine.RuleOutcomeException;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.observability.DecisionLog;
import dev.partnertier.observability.DecisionMetrics;

/**
 * Decides partners with the rules active when each request arrived: evaluates the partner read by {@link #reader()}
 * (with the deployment's limits), small ones on the event loop and large ones on a worker thread in a decision slot
 * ({@link Admission}), and records the decision (metrics, decision log). Used by {@code POST /evaluate} and by each
 * item of a batch.
 */
@ApplicationScoped
public class DecisionService {

    private static final Logger LOG = Logger.getLogger(DecisionService.class);

    private final ActiveRules active;
    private final PartnerReader reader;
    private final DecisionMetrics metrics;
    /**
     * A partner with more items (customers, workloads and individuals together) is decided on a worker thread: 1,000
     * customers with three workloads each, about admission.small-request's 256 KB of body.
     */
    static final int SMALL_PARTNER_ITEMS = 4_000;

    private final DecisionLog log;
    private final Admission admission;
    private final RulesPace pace;
    private final long eventLoopLimitMillis;

    public DecisionService(ActiveRules active, ObjectMapper json, LimitsConfig limits, DecisionMetrics metrics, DecisionLog log,
            Admission admission, AdmissionConfig admissionConfig) {
        this.pace = new RulesPace(admissionConfig.eventLoopLimit());
        this.eventLoopLimitMillis = admissionConfig.eventLoopLimit().toMillis();
        metrics.slowRules(() -> pace.slow(active.get()));
        this.active = active;
        this.admission = admission;
        this.reader = new PartnerReader(json, limits.requestLimits());
        this.metrics = metrics;
        this.log = log;
    }

    /**
     * Decides a partner already read, with the rules active now, and makes of the decision what the caller needs
     * ({@code then}: the answer), where the partner's size says. A small partner (up to 4,000 customers, workloads
     * and individuals together; its body, up to quarkus.rest.input-buffer-size, arrives whole on the event loop) is
     * decided right away on the calling thread, the event loop: a few hundred microseconds of CPU, less than handing
     * the request to a worker thread and back costs (bench/README.md), and the event loops bound how many run at once.
     * While the active rules are slow ({@link RulesPace}: more than {@code admission.event-loop-limit} per small partner
     * on average, after an edit), a small partner is decided as a large one is, so that the event loops keep answering.
     * A larger one is decided on a worker thread in a decision slot, in the request's Vert.x context (so its log lines
     * keep the request id); {@code then} runs there too, within the slot, so a large answer is never built or
     * serialized on an event loop.
     *
     * @return the result of {@code then}; it fails with {@link dev.partnertier.admission.OverloadedException} when no
     *         slot frees up within the wait, {@link dev.partnertier.engine.RuleOutcomeException} when the active rules
     *         fail (they loop, a condition or a consequence throws, or they reach no single verdict)
     * @throws IllegalStateException for a large partner, or a small one while the rules are slow, outside a request's
     *         Vert.x context
     */
    public <T> Uni<T> decide(PartnerFacts partner, Function<Decision, T> then) {
        if (isSmall(partner) && pace.quick(active.get())) {
            // Decided before the Uni is made: an item supplier would be wrapped for context propagation, then called at
            // once on this same thread; the wrapping is pure overhead (about 1% of the CPU under load, bench/README.md).
            try {
                return Uni.createFrom().item(then.apply(decideNow(partner)));
            } catch (Throwable e) { // as a supplier's failure would: even an Error answers the request
                return Uni.createFrom().failure(e);
            }
        }
        Context context = Vertx.currentContext();
        if (context == null) {
            throw new IllegalStateException("a large partner is decided from a request's Vert.x context");
        }
        return Uni.createFrom().emitter(emitter -> context.executeBlocking(() -> {
            try (DecisionSlots.Slot slot = admission.slot()) {
                emitter.complete(then.apply(decideNow(partner)));
            } catch (Throwable e) { // even an Error (a rule's StackOverflowError) answers the request
                emitter.fail(e);
            }
            return null;
        }, false).onFailure(emitter::fail)); // never scheduled (the pool shuts down): answered all the same
    }

    /** True for a partner decided on the event loop: up to {@value #SMALL_PARTNER_ITEMS} customers, workloads and individuals. */
    static boolean isSmall(PartnerFacts partner) {
        return partner.customerCount() + partner.workloadCount() + partner.people().size() <= SMALL_PARTNER_ITEMS;
    }

    /**
     * Decides one partner of a batch, with the rules active now. No decision slot: the batch's own permit
     * ({@link Admission#batch}) already bounds the processors batches use.
     *
     * @throws dev.partnertier.engine.RuleOutcomeException when the active rules fail (they loop, a condition or a
     *         consequence throws, or they reach no single verdict)
     */
    public Decision decideInBatch(PartnerFacts partner) {
        return decideNow(partner);
    }

    private Decision decideNow(PartnerFacts partner) {
        LoadedRules rules = active.get();
        long slowBefore = isSmall(partner) ? pace.before(rules) : 0;
        long start = System.nanoTime();
        Evaluation evaluation;
        try {
            evaluation = rules.rules().evaluate(partner);
        } catch (RuleOutcomeException e) {
            metrics.failed();
            active.failedOn(rules, e); // for GET /rules: an analyst sees which rule fails on live partners
            throw e;
        } catch (RuntimeException e) {
            metrics.failed();
            throw e;
        }
        long nanos = System.nanoTime() - start;
        if (isSmall(partner) && rules == active.get()) { // a decision begun before a reload says nothing of the new rules
            paced(rules, slowBefore, nanos);
        }
        metrics.decided(evaluation.verdict().tier(), nanos, partner);
        log.decided(partner, evaluation, nanos);
        return new Decision(partner, evaluation, rules);
    }

    /** Counts a small partner's evaluation time towards the rules' pace, and tells operators when it changes. */
    private void paced(LoadedRules rules, long slowBefore, long nanos) {
        switch (pace.record(rules, slowBefore, nanos)) {
            case SLOW -> LOG.warnf("The active rules (version %s) take %.1f ms on average to evaluate a small partner, more than "
                    + "admission.event-loop-limit (%d ms): small partners are now decided on worker threads, in decision slots, "
                    + "so that the event loops keep answering. A recent edit of the rules may have made them slow.",
                    rules.version(), pace.averageNanos(rules) / 1e6, eventLoopLimitMillis);
            case QUICK -> LOG.infof("The active rules (version %s) take %.2f ms on average to evaluate a small partner again: "
                    + "small partners are decided on the event loop again.", rules.version(), pace.averageNanos(rules) / 1e6);
            case NONE -> { }
        }
    }

    /** The reader of requests with this deployment's limits (for batches, which read item by item). */
    public PartnerReader reader() {
        return reader;
    }

    /** A request refused as invalid, for the metrics. */
    public void rejected() {
        metrics.rejected();
    }
}

package dev.partnertier.decision;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnertier.activation.ActiveRules;
import dev.partnertier.admission.Admission;
import dev.partnertier.admission.DecisionSlots;
import dev.partnertier.activation.LoadedRules;
import dev.partnertier.contract.PartnerReader;
import dev.partnertier.engine.Evaluation;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.observability.DecisionLog;
import dev.partnertier.observability.DecisionMetrics;

/**
 * Decides partners with the rules active when each request arrived: in a decision slot ({@link Admission}), evaluates
 * the partner read by {@link #reader()} (with the deployment's limits), and records the decision (metrics, decision
 * log). Used by {@code POST /evaluate} and by each item of a batch.
 */
@ApplicationScoped
public class DecisionService {

    private final ActiveRules active;
    private final PartnerReader reader;
    private final DecisionMetrics metrics;
    /** A partner with more customers decides in a large slot: about admission.small-request's 256 KB of body. */
    static final int SMALL_PARTNER_CUSTOMERS = 1_000;

    private final DecisionLog log;
    private final Admission admission;

    public DecisionService(ActiveRules active, ObjectMapper json, LimitsConfig limits, DecisionMetrics metrics, DecisionLog log,
            Admission admission) {
        this.active = active;
        this.admission = admission;
        this.reader = new PartnerReader(json, limits.requestLimits());
        this.metrics = metrics;
        this.log = log;
    }

    /**
     * Decides a partner already read, with the rules active now, in a decision slot of its size.
     *
     * @throws dev.partnertier.admission.OverloadedException when no slot frees up within the wait
     * @throws dev.partnertier.engine.RuleOutcomeException when the active rules reach no verdict
     */
    public Decision decide(PartnerFacts partner) {
        try (DecisionSlots.Slot slot = admission.slot(partner.customerCount() <= SMALL_PARTNER_CUSTOMERS)) {
            return decideNow(partner);
        }
    }

    /**
     * Decides one partner of a batch, with the rules active now. No decision slot: the batch's own permit
     * ({@link Admission#batch}) already bounds the processors batches use.
     *
     * @throws dev.partnertier.engine.RuleOutcomeException when the active rules reach no verdict
     */
    public Decision decideInBatch(PartnerFacts partner) {
        return decideNow(partner);
    }

    private Decision decideNow(PartnerFacts partner) {
        LoadedRules rules = active.get();
        long start = System.nanoTime();
        Evaluation evaluation;
        try {
            evaluation = rules.rules().evaluate(partner);
        } catch (RuntimeException e) {
            metrics.failed();
            throw e;
        }
        long nanos = System.nanoTime() - start;
        metrics.decided(evaluation.verdict().tier(), nanos, partner);
        log.decided(partner, evaluation, nanos);
        return new Decision(partner, evaluation, rules);
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

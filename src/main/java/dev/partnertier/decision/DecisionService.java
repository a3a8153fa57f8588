package dev.partnertier.decision;

import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnertier.activation.ActiveRules;
import dev.partnertier.activation.LoadedRules;
import dev.partnertier.contract.InvalidRequestException;
import dev.partnertier.contract.PartnerReader;
import dev.partnertier.engine.Evaluation;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.observability.DecisionLog;
import dev.partnertier.observability.DecisionMetrics;

/**
 * Decides partners with the rules active when each request arrived: reads the request ({@link PartnerReader}, with
 * the deployment's limits), evaluates it, and records the decision (metrics, decision log). Used by
 * {@code POST /evaluate} and by each item of a batch.
 */
@ApplicationScoped
public class DecisionService {

    private final ActiveRules active;
    private final PartnerReader reader;
    private final DecisionMetrics metrics;
    private final DecisionLog log;

    public DecisionService(ActiveRules active, ObjectMapper json, LimitsConfig limits, DecisionMetrics metrics, DecisionLog log) {
        this.active = active;
        this.reader = new PartnerReader(json, limits.requestLimits());
        this.metrics = metrics;
        this.log = log;
    }

    /**
     * Reads a request body and decides it.
     *
     * @throws InvalidRequestException naming every field at fault
     * @throws dev.partnertier.engine.RuleOutcomeException when the active rules reach no verdict
     */
    public Decision decide(InputStream body) {
        PartnerFacts partner;
        try {
            partner = reader.read(body);
        } catch (InvalidRequestException e) {
            metrics.rejected();
            throw e;
        }
        return decide(partner);
    }

    /** Decides a partner already read (a batch item), with the rules active now. */
    public Decision decide(PartnerFacts partner) {
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

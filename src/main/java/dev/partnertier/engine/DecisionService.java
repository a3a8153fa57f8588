package dev.partnertier.engine;

import jakarta.enterprise.context.ApplicationScoped;

import dev.partnertier.model.PartnerFacts;

/** Decides one partner's tier with the rules active when the request arrived, and records the decision. */
@ApplicationScoped
public class DecisionService {

    private final RulesRegistry registry;
    private final DecisionMetrics metrics;
    private final DecisionLog log;

    public DecisionService(RulesRegistry registry, DecisionMetrics metrics, DecisionLog log) {
        this.registry = registry;
        this.metrics = metrics;
        this.log = log;
    }

    public Evaluation decide(PartnerFacts facts) {
        long start = System.nanoTime();
        Evaluation evaluation;
        try {
            evaluation = registry.active().evaluate(facts);
        } catch (RuntimeException e) {
            metrics.failed();
            throw e;
        }
        long nanos = System.nanoTime() - start;
        metrics.decided(evaluation.verdict().tier(), nanos, facts);
        log.decided(facts, evaluation, nanos);
        return evaluation;
    }

    /** A request to decide that was refused as invalid, for the metrics. */
    public void rejected() {
        metrics.rejected();
    }
}

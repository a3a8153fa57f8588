package dev.partnertier.engine;

import jakarta.enterprise.context.ApplicationScoped;

import dev.partnertier.model.PartnerFacts;

/** Decides one partner's tier with the rules active when the request arrived. */
@ApplicationScoped
public class DecisionService {

    private final RulesRegistry registry;

    public DecisionService(RulesRegistry registry) {
        this.registry = registry;
    }

    public Evaluation decide(PartnerFacts facts) {
        return registry.active().evaluate(facts);
    }
}

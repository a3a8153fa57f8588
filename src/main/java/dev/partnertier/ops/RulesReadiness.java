package dev.partnertier.ops;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.partnertier.engine.ReloadFailure;
import dev.partnertier.engine.RuleProblem;
import dev.partnertier.engine.RuleSet;
import dev.partnertier.engine.RulesRegistry;

/**
 * Ready while a compiled rule set is active, which is from start-up on: a failed reload keeps the last good set
 * serving, so it is reported here (for operators to see) without taking the replica out of the load balancer.
 */
@Readiness
@ApplicationScoped
public class RulesReadiness implements HealthCheck {

    private final RulesRegistry registry;

    public RulesReadiness(RulesRegistry registry) {
        this.registry = registry;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("rules");
        RuleSet rules;
        try {
            rules = registry.active();
        } catch (IllegalStateException e) {
            return response.down().withData("reason", "no rules are active yet").build();
        }
        response.up()
                .withData("version", rules.version())
                .withData("loadedAt", rules.compiledAt().toString())
                .withData("rules", rules.rules().size());
        ReloadFailure failure = registry.lastFailure().orElse(null);
        if (failure == null) {
            response.withData("lastReloadError", "none");
        } else {
            RuleProblem first = failure.errors().get(0);
            response.withData("lastReloadError", failure.at() + " " + first);
        }
        return response.build();
    }
}

package dev.partnertier.activation;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.partnertier.engine.RuleProblem;

/**
 * Ready while a compiled rule set is active, which is from start-up on: a failed reload keeps the last good set
 * serving, so it is reported here (for operators to see) without taking the replica out of the load balancer, and so
 * are the scenarios that fail on the active rules ({@code failingScenarios}).
 */
@Readiness
@ApplicationScoped
public class RulesReadiness implements HealthCheck {

    private final ActiveRules active;

    public RulesReadiness(ActiveRules active) {
        this.active = active;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("rules");
        ActiveRules.Version live;
        try {
            live = active.version(); // the rules and their scenarios, of one version
        } catch (IllegalStateException e) {
            return response.down().withData("reason", "no rules are active yet").build();
        }
        LoadedRules rules = live.rules();
        response.up()
                .withData("version", rules.version())
                .withData("loadedAt", rules.loadedAt().toString())
                .withData("rules", rules.rules().rules().size())
                .withData("failingScenarios", live.scenarios().failed());
        ReloadFailure failure = active.lastFailure().orElse(null);
        if (failure == null) {
            response.withData("lastReloadError", "none");
        } else {
            RuleProblem first = failure.errors().get(0);
            response.withData("lastReloadError", failure.at() + " " + first);
        }
        return response.build();
    }
}

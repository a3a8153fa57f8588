package dev.partnertier.activation;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.partnertier.engine.RuleProblem;

/**
 * Ready while a compiled rule set is active, which is from start-up on: a failed reload keeps the last good set
 * serving, so it is reported here (for operators to see) without taking the replica out of the load balancer. Not
 * ready while the rules this replica started on fail scenarios with {@code rules.reload.require-passing-scenarios} on
 * ({@link ActiveRules#heldBack()}): the replicas already running refused those rules, and a replica started since
 * (a restart, a scale-up) must not answer with them.
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
        LoadedRules rules;
        try {
            rules = active.get();
        } catch (IllegalStateException e) {
            return response.down().withData("reason", "no rules are active yet").build();
        }
        ScenarioStanding standing = active.version().scenarios();
        if (active.heldBack()) {
            response.down().withData("reason", "these rules fail " + standing.failed() + " of " + (standing.passed() + standing.failed())
                    + " scenarios, and rules.reload.require-passing-scenarios is on: not ready until the rules or the scenarios"
                    + " are fixed (GET /rules lists the failing scenarios)");
        } else {
            response.up();
        }
        response.withData("version", rules.version())
                .withData("loadedAt", rules.loadedAt().toString())
                .withData("rules", rules.rules().rules().size());
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

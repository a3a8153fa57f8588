package dev.partnertier.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.partnertier.engine.DecisionService;

/** {@code POST /evaluate}: which tier has this partner earned, and why. */
@Path("/evaluate")
public class EvaluateResource {

    private final RequestChecks checks;
    private final DecisionService decisions;

    public EvaluateResource(RequestChecks checks, DecisionService decisions) {
        this.checks = checks;
        this.decisions = decisions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public EvaluationResponse evaluate(EvaluationRequest request) {
        checks.check(request);
        return EvaluationResponse.of(request, decisions.decide(request.toFacts()));
    }
}

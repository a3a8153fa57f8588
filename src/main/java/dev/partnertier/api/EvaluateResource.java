package dev.partnertier.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.partnertier.answer.EvaluationResponse;
import dev.partnertier.contract.EvaluationRequest;
import dev.partnertier.decision.Decision;
import dev.partnertier.decision.DecisionService;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.security.Roles;

/** {@code POST /evaluate}: which tier has this partner earned, and why. */
@Path("/evaluate")
@Tag(name = "Evaluation", description = "Decisions for the partner portal (role portal)")
@RolesAllowed(Roles.PORTAL)
@Admitted
public class EvaluateResource {

    private final DecisionService decisions;
    private final ObjectWriter answers;

    public EvaluateResource(DecisionService decisions, ObjectMapper json) {
        this.decisions = decisions;
        this.answers = json.writerFor(EvaluationResponse.class);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "evaluate", summary = "Decide a partner's Cloud Productivity tier",
            description = "Judges the partner's customers, workloads and people with the active rules and answers GOLD, "
                    + "SILVER or NONE with the requirements of each level, what each level not met still misses (gaps), "
                    + "the sentences that explain the verdict, what did not count and why, and the rules that fired. "
                    + "Sentences are in the language of Accept-Language (en or ko; English otherwise), named by "
                    + "Content-Language. The sizes of the lists are limited by the settings limits.*, the body by "
                    + "quarkus.http.limits.max-body-size (see the README's settings).")
    @APIResponse(responseCode = "200", description = "The tier and why",
            headers = @Header(name = "Content-Language", description = "The language of the sentences: en or ko",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationResponse.class),
                    examples = {
                        @ExampleObject(name = "silver-partner", ref = "silver-partner.answer"),
                        @ExampleObject(name = "gold-partner", ref = "gold-partner.answer")}))
    @APIResponse(responseCode = "400", description = "The request breaks the contract; every field at fault is named by its JSON path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "rejected-request", ref = "rejected-request.answer")))
    @APIResponse(responseCode = "406", description = "The request does not accept application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not valid (RFC 6750)",
            headers = @Header(name = "WWW-Authenticate", description = AuthProblemMappers.CHALLENGE_DOC,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A valid bearer token without the role portal",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than quarkus.http.limits.max-body-size, or the request needs more memory than the admission budget",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The service is busy: no room for this request within the wait; try again after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json, or is sent with a Content-Encoding (send it uncompressed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = "The active rules could not decide (a defect in the rules, never in the request)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @NonBlocking
    public Uni<RestResponse<byte[]>> evaluate(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationRequest.class),
                    examples = {
                        @ExampleObject(name = "silver-partner", ref = "silver-partner"),
                        @ExampleObject(name = "gold-partner", ref = "gold-partner"),
                        @ExampleObject(name = "rejected-request", ref = "rejected-request")})) PartnerFacts partner,
            @Parameter(description = "The language of the answer's sentences: ko (Korean) or en (English, the default)",
                    example = "ko") @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return decisions.decide(partner, decision -> answer(decision, acceptLanguage));
    }

    /**
     * The answer as JSON, written on the thread that decided: a large partner's answer (3.5 MB for 100,000 customers)
     * is then never serialized on an event loop, where Quarkus would write it after a worker thread decides.
     */
    private RestResponse<byte[]> answer(Decision decision, String acceptLanguage) {
        String language = Languages.pick(acceptLanguage, decision.rules().wording().languages());
        byte[] body;
        try {
            body = answers.writeValueAsBytes(decision.answer(language));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer could not be written as JSON", e); // our defect: 500
        }
        return RestResponse.ResponseBuilder.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }
}

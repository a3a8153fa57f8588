package dev.partnertier.api;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.RoutingContext;

import dev.partnertier.activation.ActiveRules;
import dev.partnertier.admission.Admission;
import dev.partnertier.admission.BatchPermit;
import dev.partnertier.admission.OverloadedException;
import dev.partnertier.admission.Reservation;
import dev.partnertier.admission.TooLargeException;
import dev.partnertier.contract.BatchItem;
import dev.partnertier.contract.BatchItems;
import dev.partnertier.contract.EvaluationRequest;
import dev.partnertier.contract.FieldError;
import dev.partnertier.contract.FieldMessage;
import dev.partnertier.contract.InvalidRequestException;
import dev.partnertier.contract.ProblemText;
import dev.partnertier.decision.DecisionService;
import dev.partnertier.decision.LimitsConfig;
import dev.partnertier.engine.RuleOutcomeException;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.observability.AdmissionMetrics;
import dev.partnertier.security.Roles;

/**
 * {@code POST /evaluate/batch}: a portfolio at once, as a JSON array in and out, or streamed as NDJSON (one request
 * per line in, one {@link BatchAnswer} per line out as each is decided). Partners are read, decided and answered one
 * after the other, each holding memory from the admission budget only while it is decided, so memory stays flat
 * however long the batch. A batch runs only with leave from {@link Admission#batch} (503 otherwise).
 */
@Path("/evaluate/batch")
@Tag(name = "Evaluation")
@RolesAllowed(Roles.PORTAL)
public class BatchResource {

    /** NDJSON (https://github.com/ndjson/ndjson-spec): one JSON value per line. */
    public static final String NDJSON = "application/x-ndjson";
    private static final Logger LOG = Logger.getLogger(BatchResource.class);
    private static final String PATH = "/evaluate/batch";

    private final DecisionService decisions;
    private final Admission admission;
    private final LimitsConfig limits;
    private final ActiveRules active;
    private final ObjectMapper json;
    private final OpenStreams streams;
    private final AdmissionMetrics admissionMetrics;

    public BatchResource(DecisionService decisions, Admission admission, LimitsConfig limits, ActiveRules active, ObjectMapper json,
            OpenStreams streams, AdmissionMetrics admissionMetrics) {
        this.streams = streams;
        this.admissionMetrics = admissionMetrics;
        this.decisions = decisions;
        this.admission = admission;
        this.limits = limits;
        this.active = active;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "evaluateBatch", summary = "Decide a portfolio of partners",
            description = "A JSON array of requests, each as POST /evaluate takes it, answered by a JSON array in the same order: "
                    + "for each partner {index, status, result} or {index, status, problem}, so one bad partner does not spoil the "
                    + "others. Send application/x-ndjson (one request per line) to stream: one answer per line, written as each is "
                    + "decided. At most limits.batch-items partners per array, each at most limits.batch-item-size.")
    @APIResponse(responseCode = "200", description = "One answer per partner, in order",
            headers = @Header(name = "Content-Language", description = "The language of the sentences: en or ko",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = BatchAnswer.class)),
                @Content(mediaType = NDJSON, schema = @Schema(ref = "BatchAnswer"))})
    @APIResponse(responseCode = "400", description = "The body is not a JSON array",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not valid (RFC 6750)",
            headers = @Header(name = "WWW-Authenticate", description = AuthProblemMappers.CHALLENGE_DOC,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A valid bearer token without the role portal",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "admission.concurrent-batches batches are running; try again after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "Accept excludes the type of the body sent (the answer takes it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than quarkus.http.limits.max-body-size: declared so, or, sent chunked, within its first partner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is neither application/json nor application/x-ndjson, or is sent with a Content-Encoding (send it uncompressed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<StreamingOutput> array(
            @RequestBody(required = true, content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = EvaluationRequest.class)),
                @Content(mediaType = NDJSON, schema = @Schema(ref = "EvaluationRequest"))})
            InputStream body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context RoutingContext routing) {
        BatchPermit permit = permit(routing);
        try {
            BatchItems items = BatchItems.jsonArray(ChunkedBodyLimit.bounded(body, routing), json.getFactory(), itemSize(), limits.batchItems());
            return answers(items, items.next(), permit, acceptLanguage, false, streams.open(routing));
        } catch (RuntimeException e) {
            permit.close();
            throw e;
        }
    }

    @POST
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Operation(hidden = true) // documented with the JSON array form: one operation, two media types
    public RestResponse<StreamingOutput> lines(InputStream body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context RoutingContext routing) {
        BatchPermit permit = permit(routing);
        try {
            BatchItems items = BatchItems.ndjson(ChunkedBodyLimit.bounded(body, routing), itemSize());
            BatchItem first = items.next();
            if (first != null && first.readable() && BatchItems.opensAnArray(first.json())) {
                // refused line by line, each line of the array would have a reason of its own: said once, for the body
                throw new InvalidRequestException(FieldError.of("", "body.ndjson-array"));
            }
            return answers(items, first, permit, acceptLanguage, true, streams.open(routing));
        } catch (RuntimeException e) {
            permit.close();
            throw e;
        }
    }

    /** Leave to run, given back when the answer is written or, at the latest, when the exchange ends in any way. */
    private BatchPermit permit(RoutingContext routing) {
        BatchPermit permit = admission.batch();
        routing.addEndHandler(ended -> permit.close());
        return permit;
    }

    private int itemSize() {
        return (int) Math.min(Integer.MAX_VALUE, limits.batchItemSize().asLongValue());
    }

    /**
     * The answer, streamed from the first partner on. That one was read before the status was chosen, so a body that
     * breaks off within it (a chunked body over {@code quarkus.http.limits.max-body-size}, a client gone) is refused
     * like a single request's, never answered 200 with nothing in it.
     */
    private RestResponse<StreamingOutput> answers(BatchItems items, BatchItem first, BatchPermit permit, String acceptLanguage,
            boolean lines, StreamedExchange exchange) {
        String language = Languages.pick(acceptLanguage, active.get().wording().languages());
        Locale problems = Languages.ofService(acceptLanguage);
        String requestId = RequestIds.current();
        StreamingOutput output = out -> {
            try (permit; exchange) {
                write(items, first, out, language, problems, requestId, lines, exchange);
            } catch (java.io.IOException e) {
                // Its client went away, or it was cut short at shutdown: the answer cannot be finished, and nothing failed here.
                LOG.infof("batch answer not finished: it could not be written (%s)", e.getMessage());
            }
        };
        return RestResponse.ResponseBuilder.ok(output).header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    private void write(BatchItems items, BatchItem first, OutputStream out, String language, Locale problems, String requestId,
            boolean lines, StreamedExchange exchange) throws java.io.IOException {
        if (!lines) {
            out.write('[');
        }
        int written = 0;
        try {
            for (BatchItem item = first; item != null; item = items.next()) {
                if (!lines && written > 0) {
                    out.write(',');
                }
                BatchAnswer answer;
                boolean last = false;
                try {
                    answer = answer(item, language, problems, requestId);
                } catch (OverloadedException e) {
                    // Shutting down, past the batches' grace: this partner and those after it are left to another replica.
                    admissionMetrics.refused(e);
                    answer = shuttingDown(item.index(), problems, requestId);
                    last = true;
                }
                out.write(json.writeValueAsBytes(answer));
                if (lines) {
                    out.write('\n');
                }
                if (lines || written == 0) {
                    // Each NDJSON answer leaves as soon as it is decided. An array's first answer leaves at once too, so
                    // that the status has gone before the next partner is read: a body that breaks off after it then
                    // cuts the answer short, where Quarkus would have ended a 200 not yet sent with nothing in it.
                    out.flush();
                }
                written++;
                if (last) {
                    LOG.infof("batch ended after %d partners: the service is shutting down", written - 1);
                    break;
                }
            }
        } catch (UncheckedIOException e) {
            // The body broke off (the client went away, or a chunked body passed the limit): nothing more can be read.
            // The answer has begun, so it cannot say so: it is cut short, so that no client takes the answers so far for
            // the whole batch.
            LOG.infof("batch ended after %d partners: the request body could not be read to its end (%s)", written, e.getMessage());
            exchange.cutShort();
            return;
        }
        if (!lines) {
            out.write(']');
        }
    }

    private BatchAnswer answer(BatchItem item, String language, Locale problems, String requestId) {
        if (!item.readable()) {
            if (item.status() == 413 && item.error().key().startsWith("batch.item-too-large")) { // not one past limits.batch-items
                admissionMetrics.tooLarge();
            }
            decisions.rejected();
            return failed(item.index(), item.status(), item.status() == 400 ? Problem.INVALID_REQUEST : Problem.HTTP_STATUS,
                    item.status() == 400 ? "title.invalid-request" : "title.too-large", List.of(item.error()), problems, requestId);
        }
        try (Reservation memory = admission.reserveBatchItem(item.json().length)) {
            PartnerFacts partner = decisions.reader().readItem(item.json());
            return new BatchAnswer(item.index(), 200, decisions.decideInBatch(partner).answer(language), null);
        } catch (InvalidRequestException e) {
            decisions.rejected();
            return failed(item.index(), 400, Problem.INVALID_REQUEST, "title.invalid-request", e.errors(), problems, requestId);
        } catch (OverloadedException e) {
            if (e.shuttingDown()) {
                throw e; // the batch ends here (see write)
            }
            admissionMetrics.refused(e);
            ProblemText text = ProblemText.in(problems);
            return new BatchAnswer(item.index(), 503, null, new Problem(Problem.OVERLOADED, text.format("title.busy"), 503,
                    text.format("detail.overloaded", e.retryAfterSeconds()), PATH, requestId, null));
        } catch (TooLargeException e) {
            admissionMetrics.tooLarge();
            ProblemText text = ProblemText.in(problems);
            return new BatchAnswer(item.index(), 413, null, new Problem(Problem.HTTP_STATUS, text.format("title.too-large"), 413,
                    text.format("detail.request-too-large", ProblemMappers.bytes(e.needed()), ProblemMappers.bytes(e.budget())),
                    PATH, requestId, null));
        } catch (RuleOutcomeException e) {
            LOG.errorf("500 the active rules failed on batch item %d: %s", item.index(), e.getMessage());
            ProblemText text = ProblemText.in(problems);
            return new BatchAnswer(item.index(), 500, null, new Problem(Problem.RULES_FAILED, text.format("title.rules-failed"), 500,
                    ProblemMappers.rulesFailedDetail(e, problems), PATH, requestId, null));
        } catch (UncheckedIOException e) {
            throw e; // the body broke off: the batch ends (see write)
        } catch (RuntimeException e) {
            // One partner's failure is that partner's answer; the others still get theirs and the array still closes.
            LOG.error("500 unexpected failure on batch item " + item.index(), e);
            ProblemText text = ProblemText.in(problems);
            return new BatchAnswer(item.index(), 500, null, new Problem(Problem.HTTP_STATUS, text.format("title.internal"), 500,
                    text.format("detail.internal"), PATH, requestId, null));
        }
    }

    /** The last answer of a batch the replica stopped deciding: this partner and the rest go to another replica. */
    private static BatchAnswer shuttingDown(int index, Locale language, String requestId) {
        ProblemText text = ProblemText.in(language);
        return new BatchAnswer(index, 503, null, new Problem(Problem.OVERLOADED, text.format("title.busy"), 503,
                text.format("detail.shutting-down-batch"), PATH, requestId, null));
    }

    /** A partner of the batch refused (400 or 413), logged as a single request's refusal is: by field and key, no values. */
    private static BatchAnswer failed(int index, int status, String type, String title, List<FieldError> errors, Locale language,
            String requestId) {
        LOG.infof("%d batch item %d refused: %s", status, index, ProblemMappers.faults(errors));
        Problem problem = new Problem(type, ProblemText.in(language).format(title), status, ProblemMappers.invalidDetail(errors, language),
                PATH, requestId, status == 400 ? FieldMessage.of(errors, language) : null);
        return new BatchAnswer(index, status, null, problem);
    }
}

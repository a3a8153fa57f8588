package dev.partnertier.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.RoutingContext;

import dev.partnertier.activation.ActiveRules;
import dev.partnertier.activation.LoadedRules;
import dev.partnertier.admission.Admission;
import dev.partnertier.admission.BatchPermit;
import dev.partnertier.admission.OverloadedException;
import dev.partnertier.admission.Reservation;
import dev.partnertier.admission.TooLargeException;
import dev.partnertier.analysis.CandidateFailedException;
import dev.partnertier.analysis.InvalidPartner;
import dev.partnertier.analysis.RulesAnalysis;
import dev.partnertier.analysis.RulesReport;
import dev.partnertier.analysis.Simulation;
import dev.partnertier.analysis.SimulationReport;
import dev.partnertier.answer.Answers;
import dev.partnertier.contract.BatchItem;
import dev.partnertier.contract.BatchItems;
import dev.partnertier.contract.FieldError;
import dev.partnertier.contract.FieldMessage;
import dev.partnertier.contract.InvalidRequestException;
import dev.partnertier.contract.ProblemText;
import dev.partnertier.decision.LimitsConfig;
import dev.partnertier.engine.Evaluation;
import dev.partnertier.engine.RuleFile;
import dev.partnertier.engine.RulesCompilationException;
import dev.partnertier.engine.Utf8Text;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.scenarios.ScenarioFiles;
import dev.partnertier.security.AnalystAudit;
import dev.partnertier.security.Roles;

/**
 * Analysts see the effect of an edit before it goes live: {@code POST /rules/simulate} decides a portfolio under
 * the active rules and a candidate (the active rules with edited files in place) and lists who changes tier and
 * why; {@code POST /rules/try} answers one partner as the candidate would; {@code POST /rules/try-scenarios} runs the
 * rules folder's scenarios on it. Nothing active changes. The candidate is code that runs in this process, so these
 * calls are the analyst role's only, audited, and switched off with {@code rules.candidates-enabled=false} (403).
 * Portfolios stream as NDJSON within the batches' admission.
 */
@Path("/rules")
@BoundedBody
@Tag(name = "Rules")
@RolesAllowed(Roles.ANALYST)
public class WhatIfResource {

    private static final Logger LOG = Logger.getLogger(WhatIfResource.class);

    /** Room for the first NDJSON line, which holds the edited files (up to 1,000,000 characters, JSON-escaped). */
    private static final int FILES_LINE_BYTES = 8 * EditedFiles.MAX_TOTAL_LENGTH;

    private final RulesAnalysis analysis;
    private final ActiveRules active;
    private final Validator validator;
    private final AnalystAudit audit;
    private final Admission admission;
    private final OpenStreams streams;
    private final LimitsConfig limits;
    private final ObjectMapper json;

    public WhatIfResource(RulesAnalysis analysis, ActiveRules active, Validator validator, AnalystAudit audit,
            Admission admission, LimitsConfig limits, ObjectMapper json, OpenStreams streams) {
        this.streams = streams;
        this.analysis = analysis;
        this.active = active;
        this.validator = validator;
        this.audit = audit;
        this.admission = admission;
        this.limits = limits;
        this.json = json;
    }

    @POST
    @Path("/simulate")
    @Admitted
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "simulateRules", summary = "What-if: who would change tier under edited rules",
            description = "Decides each partner under the active rules and under the candidate (the active rules with these files "
                    + "in place) and lists the partners whose tier changes, with the requirements that flipped (actual and required "
                    + "before and after), how many keep their tier and which of those have requirements that change all the same "
                    + "(shifted), and the partners the rules fail on (which rules, the rule, its file and "
                    + "line, a hint). Nothing active changes. The candidate runs in the service: "
                    + "analyst role only, audited, off when rules.candidates-enabled=false (403). For a large portfolio send "
                    + "application/x-ndjson: the first line {\"files\": [...]}, then one partner per line; the answer streams one "
                    + "line per partner that changes tier, cannot be read or fails, after a first line with the versions, and ends with the "
                    + "counts {changed, unchanged, shifted, invalid, failed}, where shifted is a part of unchanged, not streamed.")
    @APIResponse(responseCode = "200", description = "Who changes tier and why (or the candidate's compile errors)", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SimulationReport.class)),
        @Content(mediaType = BatchResource.NDJSON, schema = @Schema(type = SchemaType.OBJECT, description = "One JSON object per line: "
                + "the versions first, then each partner that changes tier, cannot be read or fails, then the counts"))})
    @APIResponse(responseCode = "400", description = "The request breaks the contract; every field at fault is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than quarkus.http.limits.max-body-size (declared, or counted as it is read when sent chunked), or the request needs more memory than the admission budget",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the analyst role, or candidate rules may not run here (rules.candidates-enabled=false)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not valid (RFC 6750)",
            headers = @Header(name = "WWW-Authenticate", description = AuthProblemMappers.CHALLENGE_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The compiler or the service is busy; try again after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SimulationReport simulate(@RequestBody(required = true, content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SimulateRequest.class)),
                @Content(mediaType = BatchResource.NDJSON, schema = @Schema(type = SchemaType.OBJECT, description = "One JSON object "
                        + "per line: {\"files\": [...]} first, then one partner per line, as POST /evaluate takes it"))})
            SimulateRequest request, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        analysis.requireCandidates();
        if (request == null) {
            throw new InvalidRequestException(FieldError.of("", "body.simulate"));
        }
        EditedFiles.requireValid(validator, request);
        if (request.partners().size() > limits.batchItems()) {
            throw new InvalidRequestException(FieldError.of("partners", "batch.too-many", limits.batchItems()));
        }
        List<RuleFile> files = request.ruleFiles();
        List<byte[]> partners = new ArrayList<>(request.partners().size());
        for (JsonNode partner : request.partners()) {
            partners.add(bytes(partner));
        }
        String outcome = "failed";
        // A portfolio takes a batch's leave: its decisions run beside single requests, never in their way.
        try (BatchPermit permit = admission.batch()) {
            SimulationReport report = analysis.simulate(files, partners, Languages.ofService(acceptLanguage));
            outcome = outcome(report.errors().isEmpty(), report.changed().size(), report.unchanged(), report.invalid().size(),
                    report.failed().size());
            return report;
        } finally {
            audit.record("POST /rules/simulate", analysis.candidateVersion(files), paths(files), outcome);
        }
    }

    @POST
    @Path("/simulate")
    @Consumes(BatchResource.NDJSON)
    @Produces(BatchResource.NDJSON)
    @Operation(hidden = true) // documented with the JSON form: one operation, two media types
    public RestResponse<StreamingOutput> simulateStream(InputStream body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Context RoutingContext routing) {
        analysis.requireCandidates();
        BatchItems lines = BatchItems.ndjson(ChunkedBodyLimit.bounded(body, routing), FILES_LINE_BYTES);
        List<RuleFile> files = firstLine(lines).ruleFiles();
        Locale language = Languages.ofService(acceptLanguage);
        LoadedRules now = active.get();
        LoadedRules candidate;
        try {
            candidate = analysis.compileCandidate(files);
        } catch (RulesCompilationException e) {
            audit.record("POST /rules/simulate", analysis.candidateVersion(files), paths(files), "invalid");
            Map<String, Object> head = head(now.version(), analysis.candidateVersion(files));
            head.put("errors", e.errors().stream().map(p -> p.in(language)).toList());
            return RestResponse.ResponseBuilder.ok((StreamingOutput) out -> writeLine(out, head)).build();
        }
        BatchPermit permit = admission.batch();
        routing.addEndHandler(ended -> permit.close());
        Simulation simulation = new Simulation(now, candidate, analysis.reader(), language, false);
        StreamedExchange exchange = streams.open(routing);
        StreamingOutput output = out -> {
            boolean audited = false;
            try (permit; exchange) {
                Map<String, Object> head = head(now.version(), candidate.version());
                head.put("errors", List.of());
                writeLine(out, head);
                int itemSize = (int) Math.min(Integer.MAX_VALUE, limits.batchItemSize().asLongValue());
                for (BatchItem item = lines.next(); item != null; item = lines.next()) {
                    try {
                        writeLine(out, step(simulation, item, itemSize, language));
                    } catch (OverloadedException e) {
                        // Shutting down, past the batches' grace: this partner and those after it are not decided, and the
                        // answer ends without its counts, which only a whole run has.
                        writeLine(out, json.convertValue(simulation.refused(item.index() - 1, List.of(new FieldMessage("",
                                ProblemText.in(language).format("detail.shutting-down-batch")))).invalid(), Map.class));
                        return;
                    }
                }
                // Audited before the last line leaves: whoever reads the whole answer finds the audit line written.
                audit.record("POST /rules/simulate", candidate.version(), paths(files), outcome(true, simulation.changedCount(),
                        simulation.unchanged(), simulation.invalidCount(), simulation.failedCount()));
                audited = true;
                Map<String, Object> counts = new LinkedHashMap<>();
                counts.put("changed", simulation.changedCount());
                counts.put("unchanged", simulation.unchanged());
                counts.put("shifted", simulation.shiftedCount()); // of those unchanged: not streamed, to keep the lines' kinds
                counts.put("invalid", simulation.invalidCount());
                counts.put("failed", simulation.failedCount());
                writeLine(out, counts);
            } catch (UncheckedIOException e) {
                exchange.cutShort(); // the body broke off: the answer cannot say so, and must not look whole
            } catch (IOException e) {
                LOG.infof("what-if answer not finished: it could not be written (%s)", e.getMessage()); // client gone, or cut short
            } finally {
                if (!audited) {
                    audit.record("POST /rules/simulate", candidate.version(), paths(files), "failed after " + (simulation.changedCount()
                            + simulation.unchanged() + simulation.invalidCount() + simulation.failedCount()) + " partners");
                }
            }
        };
        return RestResponse.ResponseBuilder.ok(output).build();
    }

    @POST
    @Path("/try-scenarios")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "tryScenarios", summary = "Run the scenarios with edited rules",
            description = "Runs the rules folder's scenarios (with the scenario files given in place of those of the same name) on "
                    + "the candidate (the active rules with these files in place; with no files, the active rules), as "
                    + "./check-rules runs them on a folder, and reports each result and the rules no scenario fired; or, when the "
                    + "candidate does not compile, its errors (file, line, column, message, hint). Nothing active changes. The "
                    + "candidate runs in the service: analyst role only, audited, off when rules.candidates-enabled=false (403) "
                    + "unless only scenario files are given.")
    @APIResponse(responseCode = "200", description = "The candidate's scenario results, or its compile errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulesReport.class)))
    @APIResponse(responseCode = "400", description = "The request breaks the contract; every field at fault is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than quarkus.http.limits.max-body-size (declared, or counted as it is read when sent chunked)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not valid (RFC 6750)",
            headers = @Header(name = "WWW-Authenticate", description = AuthProblemMappers.CHALLENGE_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the analyst role, or candidate rules may not run here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Another compile kept the compiler busy; try again after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RulesReport tryScenarios(TryScenariosRequest request, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (request == null || !request.files().isEmpty()) {
            analysis.requireCandidates(); // scenario files alone run on the active rules: no posted rule runs
        }
        if (request == null) {
            throw new InvalidRequestException(FieldError.of("", "body.try-scenarios"));
        }
        EditedFiles.requireValid(validator, request);
        List<RuleFile> files = request.ruleFiles();
        String outcome = "failed";
        try {
            Map<String, String> scenarios = new LinkedHashMap<>();
            request.scenarios().forEach(s -> scenarios.put(s.path(), Utf8Text.withoutByteOrderMark(s.content())));
            RulesReport report = analysis.testCandidate(files, scenarios).in(Languages.ofService(acceptLanguage));
            outcome = !report.valid() ? "invalid"
                    : "tested passed=" + report.scenarios().passed() + " failed=" + report.scenarios().failed();
            return report;
        } finally {
            List<String> paths = new ArrayList<>(paths(files));
            request.scenarios().forEach(s -> paths.add(ScenarioFiles.FOLDER + "/" + s.path()));
            audit.record("POST /rules/try-scenarios", analysis.candidateVersion(files), paths, outcome);
        }
    }

    @POST
    @Path("/try")
    @Admitted
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "tryRules", summary = "Answer one partner with the active or edited rules",
            description = "The answer POST /evaluate would give for the partner, from the active rules or, when files are given, from "
                    + "the candidate (the active rules with these files in place). Nothing active changes. With files, the candidate "
                    + "runs in the service: analyst role only, audited, off when rules.candidates-enabled=false (403).")
    @APIResponse(responseCode = "200", description = "The answer, and the version of the rules that gave it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TryAnswer.class)))
    @APIResponse(responseCode = "400", description = "The partner or the files break the contract; every field at fault is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than quarkus.http.limits.max-body-size (declared, or counted as it is read when sent chunked), or the request needs more memory than the admission budget",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is not valid (RFC 6750)",
            headers = @Header(name = "WWW-Authenticate", description = AuthProblemMappers.CHALLENGE_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the analyst role, or candidate rules may not run here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The candidate does not compile (each error named by file:line), or fails on "
            + "this partner (the rule, its file and line, and a hint)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TryAnswer tryPartner(TryRequest request, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (request == null) {
            throw new InvalidRequestException(FieldError.of("", "body.try"));
        }
        EditedFiles.requireValid(validator, request);
        PartnerFacts partner;
        try {
            partner = analysis.reader().read(new ByteArrayInputStream(bytes(request.partner())));
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(e.errors().stream()
                    .map(f -> new FieldError(f.field().isEmpty() ? "partner" : "partner." + f.field(), f.key(), f.args())).toList());
        }
        boolean candidate = !request.files().isEmpty();
        LoadedRules rules;
        if (candidate) {
            analysis.requireCandidates();
            List<RuleFile> files = request.ruleFiles();
            try {
                rules = analysis.compileCandidate(files);
            } catch (RulesCompilationException e) {
                audit.record("POST /rules/try", analysis.candidateVersion(files), paths(files), "invalid");
                throw e;
            }
            audit.record("POST /rules/try", rules.version(), paths(files), "answered");
        } else {
            rules = active.get();
        }
        String language = Languages.pick(acceptLanguage, rules.wording().languages());
        Evaluation evaluation;
        try {
            evaluation = rules.rules().evaluate(partner);
        } catch (RuntimeException e) {
            if (!candidate) {
                throw e; // the active rules failing is the service's defect (500), as on /evaluate
            }
            throw new CandidateFailedException(e);
        }
        return new TryAnswer(rules.version(), candidate, Answers.of(partner, evaluation, rules.wording().in(language)));
    }

    /** One partner line of a stream (its index counts from the line after the files): its change, or null. */
    private Map<String, Object> step(Simulation simulation, BatchItem item, int itemSize, Locale language) {
        int index = item.index() - 1;
        Simulation.Step step;
        if (!item.readable() || item.json().length > itemSize) {
            FieldError error = item.readable() ? FieldError.of("", "batch.item-too-large", itemSize) : item.error();
            step = simulation.refused(index, List.of(new FieldMessage(error.field(), error.message(language))));
        } else {
            try (Reservation memory = admission.reserveBatchItem(item.json().length)) {
                step = simulation.add(index, item.json());
            } catch (OverloadedException e) {
                if (e.shuttingDown()) {
                    throw e; // the stream ends here (see simulateStream)
                }
                step = simulation.refused(index, List.of(new FieldMessage("",
                        ProblemMappers.overloadedDetail(e, ProblemText.in(language)))));
            } catch (TooLargeException e) {
                step = simulation.refused(index, List.of(new FieldMessage("", ProblemText.in(language).format(
                        "detail.request-too-large", ProblemMappers.bytes(e.needed()), ProblemMappers.bytes(e.budget())))));
            }
        }
        return step.change() != null ? json.convertValue(step.change(), Map.class)
                : step.invalid() != null ? json.convertValue(step.invalid(), Map.class)
                : step.failed() != null ? json.convertValue(step.failed(), Map.class) : null;
    }

    private void writeLine(OutputStream out, Object line) throws IOException {
        if (line == null) {
            return; // a partner that keeps its tier is only counted
        }
        out.write(json.writeValueAsBytes(line));
        out.write('\n');
        out.flush();
    }

    private static Map<String, Object> head(String activeVersion, String candidateVersion) {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("activeVersion", activeVersion);
        head.put("candidateVersion", candidateVersion);
        return head;
    }

    /** The first NDJSON line: the edited files. */
    private ValidateRequest firstLine(BatchItems lines) {
        BatchItem first = lines.next();
        if (first == null || !first.readable()) {
            throw new InvalidRequestException(FieldError.of("", "body.simulate-first-line"));
        }
        ValidateRequest files;
        try {
            files = json.readValue(first.json(), ValidateRequest.class);
        } catch (IOException e) {
            throw new InvalidRequestException(FieldError.of("", "body.simulate-first-line"));
        }
        EditedFiles.requireValid(validator, files);
        return files;
    }

    private byte[] bytes(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    private static List<String> paths(List<RuleFile> files) {
        return files.stream().map(RuleFile::path).toList();
    }

    private static String outcome(boolean compiled, int changed, int unchanged, int invalid, int failed) {
        return compiled ? "simulated changed=" + changed + " unchanged=" + unchanged + " invalid=" + invalid + " failed=" + failed
                : "invalid";
    }
}

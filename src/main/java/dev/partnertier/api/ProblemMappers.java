package dev.partnertier.api;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.vertx.ext.web.RoutingContext;

import dev.partnertier.admission.OverloadedException;
import dev.partnertier.admission.TooLargeException;
import dev.partnertier.analysis.CandidateFailedException;
import dev.partnertier.analysis.CandidatesDisabledException;
import dev.partnertier.contract.CustomerRequest;
import dev.partnertier.contract.EvaluationRequest;
import dev.partnertier.contract.FieldError;
import dev.partnertier.contract.FieldMessage;
import dev.partnertier.contract.IndividualRequest;
import dev.partnertier.contract.InvalidRequestException;
import dev.partnertier.contract.JsonErrors;
import dev.partnertier.contract.ProblemText;
import dev.partnertier.contract.WorkloadRequest;
import dev.partnertier.engine.CompilerBusyException;
import dev.partnertier.engine.RuleOutcomeException;
import dev.partnertier.engine.RuleProblem;
import dev.partnertier.engine.RulesCompilationException;
import dev.partnertier.observability.AdmissionMetrics;
import dev.partnertier.observability.LogText;
import dev.partnertier.scenarios.Expectation;
import dev.partnertier.scenarios.Scenario;
import dev.partnertier.security.AnalystAudit;

/**
 * Turns every failure into an RFC 9457 problem ({@code application/problem+json}) in the caller's language that
 * names what is wrong, without a stack trace, a Java class name or the caller's input echoed back. Each is logged
 * once (in English) with the request id that the body carries.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** The paths that read a body as JSON or as NDJSON (BatchResource, WhatIfResource): a 415 names both. */
    private static final Set<String> TWO_MEDIA_TYPES = Set.of("/evaluate/batch", "/rules/simulate");
    /** The languages of the API's own sentences ({@link ProblemText}). */
    static final Set<String> LANGUAGES = Set.of("en", "ko");
    /** A warm compile takes 0.2 to 0.3 s, a cold one up to 1.5 s (bench/README.md); about twice that on a machine half as fast. */
    private static final int COMPILER_RETRY_AFTER_SECONDS = 2;
    /** How many fields at fault a 400's log line names. */
    private static final int LOGGED_FAULTS = 10;

    private final AnalystAudit audit;
    private final AllowedMethods allowedMethods;
    private final AdmissionMetrics admissionMetrics;

    public ProblemMappers(AnalystAudit audit, AllowedMethods allowedMethods, AdmissionMetrics admissionMetrics) {
        this.audit = audit;
        this.allowedMethods = allowedMethods;
        this.admissionMetrics = admissionMetrics;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidRequest(InvalidRequestException e, UriInfo uri, HttpHeaders headers) {
        LOG.infof("400 invalid request: %s", faults(e.errors()));
        return invalid(e.errors(), uri, headers);
    }

    /** A body Jackson could not read for an endpoint that binds its body (e.g. {@code POST /rules/validate}). */
    @ServerExceptionMapper
    public RestResponse<Problem> mismatchedJson(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return unreadableJson(e, uri, headers);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        FieldError error = JsonErrors.describe("", e);
        LOG.infof("400 unreadable request: %s", faults(List.of(error)));
        return invalid(List.of(error), uri, headers);
    }

    /**
     * Whether a path is the portal's ({@code /evaluate}, {@code /evaluate/batch}), whose refusals
     * {@code partner_tier_admission_refused_total} counts; an analyst's what-if is not the portal's load.
     */
    static boolean decidesPartners(String path) {
        if (path == null) {
            return false;
        }
        String relative = path.startsWith("/") ? path.substring(1) : path; // JAX-RS may give it without its leading slash
        return relative.equals("evaluate") || relative.startsWith("evaluate/");
    }

    /** Why a 503: busy (try again in so many seconds), or shutting down (another replica answers at once). */
    static String overloadedDetail(OverloadedException e, ProblemText text) {
        return e.shuttingDown() ? text.format("detail.shutting-down") : text.format("detail.overloaded", e.retryAfterSeconds());
    }

    /**
     * The fields at fault, each with the key of what is wrong ({@code individuals[1].id field.duplicate}), at most
     * {@value #LOGGED_FAULTS}: never the values sent, which may be personal data (names, e-mail addresses used as
     * ids), so that a log line holds none (README "Logs").
     */
    static String faults(List<FieldError> errors) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < errors.size() && i < LOGGED_FAULTS; i++) {
            line.append(i == 0 ? "" : ", ").append(LogText.safe(loggedField(errors.get(i)))).append(' ').append(errors.get(i).key());
        }
        return errors.size() > LOGGED_FAULTS ? line.append(" and ").append(errors.size() - LOGGED_FAULTS).append(" more").toString()
                : line.toString();
    }

    /**
     * The field as logged: every name in its path that is not a field of the contract (a key the client chose, such as
     * an unknown field) is written {@code ?}, since a key too may be a name ({@code {"Kim Minsu": 1}}); indexes stay.
     */
    static String loggedField(FieldError error) {
        String field = error.field();
        if (field.isEmpty()) {
            return "(body)";
        }
        StringBuilder logged = new StringBuilder(field.length());
        Matcher part = PATH_PART.matcher(field);
        while (part.find()) {
            String name = part.group(1);
            if (name == null) {
                logged.append(part.group()); // an index, "[3]"
            } else {
                logged.append(logged.isEmpty() ? "" : ".").append(CONTRACT_FIELDS.contains(name) ? name : "?");
            }
        }
        return logged.toString();
    }

    /** A path's parts: a name up to the next dot or bracket (group 1), or an index in brackets. */
    private static final Pattern PATH_PART = Pattern.compile("\\.?([^.\\[]+)|\\[\\d*\\]");

    /** The names of the fields of every request body, which a log line may show. */
    private static final Set<String> CONTRACT_FIELDS = Stream.of(EvaluationRequest.class, CustomerRequest.class,
            WorkloadRequest.class, IndividualRequest.class, ValidateRequest.class, SimulateRequest.class, TryRequest.class,
            DrlFileInput.class, TryScenariosRequest.class, ScenarioFileInput.class, Scenario.class, Expectation.class)
            .flatMap(type -> Arrays.stream(type.getRecordComponents())).map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    /**
     * A body without a declared length passed {@code quarkus.http.limits.max-body-size} on a path that decides partners
     * or an analyst's ({@link ChunkedBodyLimit}): 413 naming the limit (counted among the refusals of admission on the
     * first only, as every other refusal of a body). The rest of the body is still on its way: it is dropped once the
     * answer is written ({@link UnreadBody}).
     */
    @ServerExceptionMapper
    public RestResponse<Problem> chunkedBodyTooLarge(BodyTooLargeException e, ServerRequestContext request, UriInfo uri,
            HttpHeaders headers) {
        LOG.infof("413 chunked body over %d bytes refused (%s)", e.limit(), uri.getPath());
        if (decidesPartners(uri.getPath())) {
            admissionMetrics.tooLarge();
        }
        RoutingContext routing = ChunkedBodyLimit.routing(request);
        if (routing != null) {
            UnreadBody.dropAfterAnswer(routing);
        }
        ProblemText text = text(headers);
        RestResponse.ResponseBuilder<Problem> answer = answer(Problem.HTTP_STATUS, text.format("title.too-large"), 413,
                text.format("detail.chunked-body-too-large", e.limit()), uri, headers, null);
        if (routing == null || UnreadBody.ownsConnection(routing.request())) {
            answer.header("Connection", "close");
        }
        return answer.build();
    }

    /** The body could not be read to its end: the client went away, or sent less than it announced. */
    @ServerExceptionMapper
    public RestResponse<Problem> bodyNotRead(UncheckedIOException e, ServerRequestContext request, UriInfo uri, HttpHeaders headers) {
        if (request.serverResponse().headWritten()) {
            // Answered already: Quarkus' 413 for a chunked body over the limit (BodySizeLimit logs it), and this answer fails
            LOG.debugf("the request body could not be read after the answer was written: %s", LogText.safe(e.getMessage()));
        } else {
            LOG.infof("400 the request body could not be read (the client probably went away): %s", LogText.safe(e.getMessage()));
        }
        return invalid(List.of(FieldError.of("", "body.unreadable")), uri, headers);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> http(WebApplicationException e, ServerRequestContext request, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri, headers); // some readers wrap Jackson's exception in a 400
        }
        int status = e.getResponse().getStatus();
        LOG.infof("%d %s", status, Response.Status.fromStatusCode(status) == null ? "" : Response.Status.fromStatusCode(status).getReasonPhrase());
        String name = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> null;
        };
        ProblemText text = text(headers);
        String title = name == null ? text.format("title.http", status) : text.format("title." + name);
        String detail = name == null ? "detail.http" : "detail." + name;
        String path = uri.getPath().replaceAll("/+$", "");
        if (status == 415 && TWO_MEDIA_TYPES.contains(path)) {
            detail = "detail.unsupported-media-type-or-ndjson";
        } else if (status == 406 && TWO_MEDIA_TYPES.contains(path)) {
            detail = "detail.not-acceptable-as-sent"; // the answer takes the body's type
        } else if (status == 406 && (!path.startsWith("/evaluate") && !path.startsWith("/rules") || path.startsWith("/rules/files/") || path.startsWith("/rules/scenario-files/"))) {
            detail = "detail.not-acceptable-other"; // the workbench's pages and scripts, a rule file's text: not JSON
        }
        RestResponse.ResponseBuilder<Problem> answer = answer(Problem.HTTP_STATUS, title, status, text.format(detail), uri, headers, null);
        if (status == 405) { // RFC 9110, 15.5.6: a 405 must say which methods the path takes
            allowedMethods.at(request).ifPresent(allow -> answer.header(HttpHeaders.ALLOW, allow));
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> contentCoding(ContentCodingFilter.ContentCodingException e, UriInfo uri, HttpHeaders headers) {
        LOG.infof("415 a body sent with Content-Encoding %s", LogText.value(e.coding()));
        ProblemText text = text(headers);
        return answer(Problem.HTTP_STATUS, text.format("title.unsupported-media-type"), 415,
                text.format("detail.content-encoding", LogText.safe(e.coding())), uri, headers, null)
                .header("Accept-Encoding", "identity").build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> fileNotUtf8(FileNotUtf8Exception e, UriInfo uri, HttpHeaders headers) {
        LOG.infof("409 %s", LogText.safe(e.getMessage()));
        ProblemText text = text(headers);
        return answer(Problem.HTTP_STATUS, text.format("title.conflict"), 409, text.format("detail.file-not-utf8", e.name(),
                String.valueOf(e.line()), String.valueOf(e.column())), uri, headers, null).build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> rulesFailed(RuleOutcomeException e, UriInfo uri, HttpHeaders headers) {
        LOG.errorf(e.getCause(), "500 the active rules failed: %s", e.getMessage());
        ProblemText text = text(headers);
        return answer(Problem.RULES_FAILED, text.format("title.rules-failed"), 500, rulesFailedDetail(e, language(headers)),
                uri, headers, null).build();
    }

    /**
     * The detail of a 500 rules-failed: in English, the engine's own diagnostic (the rule, its file and line, what
     * failed, e.g. {@code For input string: "x"}); in another language, which that diagnostic is not in, the rules it
     * blames, to pass on to an analyst (whose hint is in {@code GET /rules}, not for the portal's users). The log has the
     * diagnostic whole either way.
     */
    static String rulesFailedDetail(RuleOutcomeException e, Locale language) {
        ProblemText text = ProblemText.in(language);
        if ("en".equals(ProblemText.languageOf(language))) {
            return text.format("detail.rules-failed", e.getMessage());
        }
        if (e.rules().isEmpty()) {
            return text.format("detail.rules-failed.unnamed");
        }
        String rules = String.join(", ", e.rules().stream()
                .map(r -> text.format("rules-failed.rule", r.name(), r.file(), String.valueOf(r.line()))).toList());
        return text.format("detail.rules-failed.rules", rules);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> compilerBusy(CompilerBusyException e, UriInfo uri, HttpHeaders headers) {
        LOG.info("503 the rule compiler is busy");
        ProblemText text = text(headers);
        return answer(Problem.HTTP_STATUS, text.format("title.busy"), 503, text.format("detail.compiler-busy"), uri, headers, null)
                .header(HttpHeaders.RETRY_AFTER, COMPILER_RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> overloaded(OverloadedException e, UriInfo uri, HttpHeaders headers) {
        LOG.infof("503 overloaded: %s", e.getMessage());
        if (decidesPartners(uri.getPath())) {
            admissionMetrics.refused(e);
        }
        ProblemText text = text(headers);
        return answer(Problem.OVERLOADED, text.format("title.busy"), 503, overloadedDetail(e, text), uri, headers, null)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> tooLarge(TooLargeException e, UriInfo uri, HttpHeaders headers) {
        LOG.infof("413 a request needing %s of memory; at most %s", bytes(e.needed()), bytes(e.budget()));
        if (decidesPartners(uri.getPath())) {
            admissionMetrics.tooLarge();
        }
        ProblemText text = text(headers);
        return answer(Problem.HTTP_STATUS, text.format("title.too-large"), 413,
                text.format("detail.request-too-large", bytes(e.needed()), bytes(e.budget())), uri, headers, null).build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> candidatesDisabled(CandidatesDisabledException e, UriInfo uri, HttpHeaders headers,
            ContainerRequestContext request) {
        LOG.info("403 candidate rules may not run here (rules.candidates-enabled=false)");
        audit.denied(request.getMethod() + " " + uri.getPath(),
                "candidate rules may not run here (rules.candidates-enabled=false)");
        ProblemText text = text(headers);
        return answer(Problem.HTTP_STATUS, text.format("title.forbidden"), 403, text.format("detail.candidates-disabled"), uri, headers, null).build();
    }

    /** Candidate rules that do not compile, where an answer needs them to (POST /rules/try): each error as a field. */
    @ServerExceptionMapper
    public RestResponse<Problem> candidateDoesNotCompile(RulesCompilationException e, UriInfo uri, HttpHeaders headers) {
        LOG.infof("422 the candidate rules do not compile: %d errors", e.errors().size());
        ProblemText text = text(headers);
        Locale language = language(headers);
        List<RuleProblem> errors = e.errors().stream().map(p -> p.in(language)).toList();
        // errors: the problem's usual field and message, for generic clients; ruleErrors: as POST /rules/validate says them
        List<FieldMessage> fields = errors.stream()
                .map(p -> new FieldMessage(p.file() + (p.line() > 0 ? ":" + p.line() : ""),
                        p.message() + (p.hint() == null ? "" : " (" + p.hint().text() + ")"))).toList();
        Problem body = new Problem(Problem.CANDIDATE_FAILED, text.format("title.candidate-does-not-compile"), 422,
                text.format("detail.candidate-does-not-compile"), instance(uri), RequestIds.current(), fields,
                errors);
        return RestResponse.ResponseBuilder.<Problem>create(422).entity(body).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    /** Candidate rules that compiled but failed on the partner (POST /rules/try): the analyst's edit, not the service. */
    @ServerExceptionMapper
    public RestResponse<Problem> candidateFailed(CandidateFailedException e, UriInfo uri, HttpHeaders headers) {
        LOG.infof("422 %s", LogText.safe(e.getMessage()));
        ProblemText text = text(headers);
        // What the analyst needs to fix the edit: the rule, its file and line, and the hint, as GET /rules gives them.
        String what = e.getCause() instanceof RuleOutcomeException outcome
                ? sentence(outcome.getMessage()) + outcome.hint().map(h -> " " + h.in(language(headers)).text()).orElse("")
                : e.getCause().getClass().getSimpleName();
        return answer(Problem.CANDIDATE_FAILED, text.format("title.candidate-failed"), 422,
                text.format("detail.candidate-failed", what), uri, headers, null).build();
    }

    /** A message as a sentence, so that a hint after it reads apart ("... / by zero. The rule divides ..."). */
    private static String sentence(String message) {
        return message.endsWith(".") || message.endsWith("!") || message.endsWith("?") ? message : message + ".";
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        LOG.error("500 unexpected failure", e);
        ProblemText text = text(headers);
        return answer(Problem.HTTP_STATUS, text.format("title.internal"), 500, text.format("detail.internal"), uri, headers, null).build();
    }

    private static RestResponse<Problem> invalid(List<FieldError> errors, UriInfo uri, HttpHeaders headers) {
        ProblemText text = text(headers);
        return answer(Problem.INVALID_REQUEST, text.format("title.invalid-request"), 400, invalidDetail(errors, language(headers)),
                uri, headers, errors).build();
    }

    /** The detail of a 400: the one field's complaint, or how many fields are at fault. */
    static String invalidDetail(List<FieldError> errors, Locale language) {
        if (errors.size() == 1) {
            FieldError only = errors.get(0);
            String message = only.message(language);
            return only.field().isEmpty() ? message : only.field() + ": " + message;
        }
        return ProblemText.in(language).format("detail.fields-invalid", errors.size());
    }

    /** A size as people read it: "67 KB", "24.5 MB". */
    static String bytes(long n) {
        if (n < 1 << 20) {
            return ((n + 1023) >> 10) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", n / 1048576.0);
    }

    /** The caller's language for the API's own sentences (English or Korean). */
    static Locale language(HttpHeaders headers) {
        return Languages.locale(Languages.pick(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), LANGUAGES));
    }

    static ProblemText text(HttpHeaders headers) {
        return ProblemText.in(language(headers));
    }

    /** The longest {@code instance} a problem repeats of the request's path: a 4 KB path is not echoed whole. */
    static final int INSTANCE_LENGTH = 256;

    /**
     * A problem's {@code instance} (RFC 9457, 3.1.5: a URI reference): the request's path as it was sent, percent-encoded
     * (a NUL or a line break in a decoded path stays %00, %0A), cut to {@value #INSTANCE_LENGTH} characters; none
     * ({@code null}) for a request whose URI cannot be built.
     */
    static String instance(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        try {
            return instance(uri.getRequestUri().getRawPath());
        } catch (RuntimeException noHost) {
            return null; // an HTTP/1.0 request may name no host, of which Quarkus REST cannot build the request's URI
        }
    }

    /** As {@link #instance(UriInfo)}, of a raw (percent-encoded) path; never cut inside a {@code %XX}. */
    static String instance(String rawPath) {
        if (rawPath == null || rawPath.length() <= INSTANCE_LENGTH) {
            return rawPath;
        }
        int end = INSTANCE_LENGTH;
        int percent = rawPath.lastIndexOf('%', end - 1);
        if (percent >= 0 && percent > end - 3) {
            end = percent; // a %XX the cut would split: left out whole
        }
        return rawPath.substring(0, end);
    }

    /** A problem answer still open for headers ({@code WWW-Authenticate}, {@code Retry-After}). */
    static RestResponse.ResponseBuilder<Problem> answer(String type, String title, int status, String detail, UriInfo uri,
            HttpHeaders headers, List<FieldError> errors) {
        Locale language = language(headers);
        Problem body = new Problem(type, title, status, detail, instance(uri), RequestIds.current(),
                FieldMessage.of(errors, language));
        return RestResponse.ResponseBuilder.<Problem>create(status).entity(body).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
}

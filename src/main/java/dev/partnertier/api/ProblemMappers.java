package dev.partnertier.api;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.partnertier.engine.CompilerBusyException;
import dev.partnertier.engine.DecisionService;
import dev.partnertier.engine.LogText;
import dev.partnertier.engine.RuleOutcomeException;

/**
 * Turns every failure into an RFC 9457 problem ({@code application/problem+json}) that names what is wrong,
 * without a stack trace, a Java class name or the caller's input echoed back. Each is logged once with the
 * request id that the body carries.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** A warm compile takes 0.2 to 0.3 s, a cold one up to 1.5 s (bench/RESULTS.md). */
    private static final int COMPILER_RETRY_AFTER_SECONDS = 2;

    private final DecisionService decisions;

    public ProblemMappers(DecisionService decisions) {
        this.decisions = decisions;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidRequest(InvalidRequestException e, UriInfo uri) {
        LOG.infof("400 invalid request: %s", LogText.safe(e.getMessage()));
        countRejected(uri);
        return problem(Problem.INVALID_REQUEST, "Invalid request", 400, detail(e.errors()), uri, e.errors());
    }

    /** More specific than Quarkus' own mapper for this type, which answers with an empty body in production. */
    @ServerExceptionMapper
    public RestResponse<Problem> mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unreadableJson(JsonProcessingException e, UriInfo uri) {
        FieldError error = JsonErrors.describe(e);
        LOG.infof("400 unreadable request: %s: %s", LogText.safe(error.field()), LogText.safe(error.message()));
        countRejected(uri);
        return problem(Problem.INVALID_REQUEST, "Invalid request", 400, detail(List.of(error)), uri, List.of(error));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> http(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return unreadableJson(json, uri); // some readers wrap Jackson's exception in a 400
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        LOG.infof("%d %s", status, title);
        return problem(Problem.HTTP_STATUS, title, status, httpDetail(status), uri, null);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> rulesFailed(RuleOutcomeException e, UriInfo uri) {
        LOG.errorf("500 the active rules failed: %s", e.getMessage());
        return problem(Problem.RULES_FAILED, "The rules could not decide", 500,
                "The active rules did not reach a decision (" + e.getMessage() + "). This is a defect in the rules, not in the request.",
                uri, null);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> compilerBusy(CompilerBusyException e, UriInfo uri) {
        LOG.info("503 the rule compiler is busy");
        return answer(Problem.HTTP_STATUS, "Service Unavailable", 503,
                "Another rule compile is running; one runs at a time. Try again in a moment.", uri, null)
                .header(HttpHeaders.RETRY_AFTER, COMPILER_RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        LOG.error("500 unexpected failure", e);
        return problem(Problem.HTTP_STATUS, "Internal Server Error", 500,
                "The request could not be processed. Quote the request id when reporting this.", uri, null);
    }

    private void countRejected(UriInfo uri) {
        if (uri != null && "/evaluate".equals(uri.getPath())) {
            decisions.rejected();
        }
    }

    private static String detail(List<FieldError> errors) {
        if (errors.size() == 1) {
            FieldError only = errors.get(0);
            return only.field().isEmpty() ? only.message() : only.field() + ": " + only.message();
        }
        return errors.size() + " fields are invalid; see errors.";
    }

    private static String httpDetail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this path. See /q/openapi for the API.";
            case 405 -> "This path does not accept this HTTP method. See /q/openapi for the API.";
            case 406 -> "This path answers with application/json only; accept it.";
            case 413 -> "The request body is larger than this service accepts.";
            case 415 -> "Send the request body as application/json.";
            default -> "The request could not be processed as sent.";
        };
    }

    static RestResponse<Problem> problem(String type, String title, int status, String detail, UriInfo uri,
            List<FieldError> errors) {
        return answer(type, title, status, detail, uri, errors).build();
    }

    /** A problem answer still open for headers ({@code WWW-Authenticate}, {@code Retry-After}). */
    static RestResponse.ResponseBuilder<Problem> answer(String type, String title, int status, String detail, UriInfo uri,
            List<FieldError> errors) {
        Problem body = new Problem(type, title, status, detail, uri == null ? null : uri.getPath(), RequestIds.current(), errors);
        return RestResponse.ResponseBuilder.<Problem>create(status).entity(body).type(Problem.MEDIA_TYPE);
    }
}

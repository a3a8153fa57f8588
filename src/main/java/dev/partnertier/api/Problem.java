package dev.partnertier.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.partnertier.contract.FieldMessage;
import dev.partnertier.engine.RuleProblem;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}), in the
 * caller's language ({@code Accept-Language}: English or Korean).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"type", "title", "status"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<FieldMessage> errors,
        @Schema(description = "Edited rules that do not compile (422 candidate-failed): each error with its file, line, column, "
                + "message and hint, as POST /rules/validate gives them; absent otherwise")
        List<RuleProblem> ruleErrors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String INVALID_REQUEST = "urn:partner-tier:problem:invalid-request";
    public static final String RULES_FAILED = "urn:partner-tier:problem:rules-failed";
    public static final String OVERLOADED = "urn:partner-tier:problem:overloaded";
    /** Edited (candidate) rules that do not compile, or fail on the partner tried (POST /rules/try). */
    public static final String CANDIDATE_FAILED = "urn:partner-tier:problem:candidate-failed";
    /** RFC 9457: the problem is no more than its HTTP status. */
    public static final String HTTP_STATUS = "about:blank";

    /** A problem without rule errors: every one but a candidate's that does not compile. */
    public Problem(String type, String title, int status, String detail, String instance, String requestId, List<FieldMessage> errors) {
        this(type, title, status, detail, instance, requestId, errors, null);
    }

}

package dev.partnertier.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String INVALID_REQUEST = "urn:partner-tier:problem:invalid-request";
    public static final String RULES_FAILED = "urn:partner-tier:problem:rules-failed";
    /** RFC 9457: the problem is no more than its HTTP status. */
    public static final String HTTP_STATUS = "about:blank";
}

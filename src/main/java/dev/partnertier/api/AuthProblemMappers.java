package dev.partnertier.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Refusals of callers as RFC 9457 problems: 401 with RFC 6750's {@code WWW-Authenticate: Bearer} challenge, 403
 * for a valid token without the role. They say nothing about why a token failed (expired, wrong issuer, wrong
 * signature...), which would only help whoever forges one; the reason is logged at DEBUG.
 */
public class AuthProblemMappers {

    private static final Logger LOG = Logger.getLogger(AuthProblemMappers.class);
    static final String REALM = "partner-tier";
    /** RFC 6750, section 3: no error code when the request carried no credentials. */
    static final String CHALLENGE = "Bearer realm=\"" + REALM + "\"";
    /** RFC 6750, section 3.1: the token is expired, revoked, malformed or invalid for other reasons. */
    static final String INVALID_TOKEN = CHALLENGE + ", error=\"invalid_token\"";
    /** The challenges, as the OpenAPI document describes them. */
    static final String CHALLENGE_DOC = "Bearer realm=\"partner-tier\" when no token was sent; "
            + "Bearer realm=\"partner-tier\", error=\"invalid_token\" when the token is not valid";

    /** A token was sent and is not valid. */
    @ServerExceptionMapper
    public RestResponse<Problem> invalidToken(AuthenticationFailedException e, UriInfo uri) {
        LOG.debugf("401 token refused: %s", e.getMessage());
        LOG.info("401 invalid bearer token");
        return unauthorized(INVALID_TOKEN, "The bearer token is not valid.", uri);
    }

    /** No token was sent to an endpoint that needs one. */
    @ServerExceptionMapper
    public RestResponse<Problem> noToken(UnauthorizedException e, UriInfo uri) {
        LOG.info("401 no bearer token");
        return unauthorized(CHALLENGE, "This endpoint needs a bearer token (Authorization: Bearer ...).", uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        LOG.info("403 the token lacks the role");
        return ProblemMappers.problem(Problem.HTTP_STATUS, "Forbidden", 403,
                "The bearer token is valid but does not carry the role this endpoint needs.", uri, null);
    }

    private static RestResponse<Problem> unauthorized(String challenge, String detail, UriInfo uri) {
        return ProblemMappers.answer(Problem.HTTP_STATUS, "Unauthorized", 401, detail, uri, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}

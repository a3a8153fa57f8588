package dev.partnertier.api;

import java.lang.reflect.Method;
import java.util.Arrays;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import dev.partnertier.contract.ProblemText;
import io.quarkus.security.Authenticated;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import dev.partnertier.security.AnalystAudit;
import dev.partnertier.security.BearerTokenMechanism;
import dev.partnertier.security.TokenRefusals;

/**
 * Refusals of callers as RFC 9457 problems: 401 with RFC 6750's {@code WWW-Authenticate: Bearer} challenge, 403
 * for a valid token without the role. They say nothing about why a token failed (expired, wrong issuer, wrong
 * signature...), which would only help whoever forges one; the reason is logged at DEBUG.
 */
public class AuthProblemMappers {

    private static final Logger LOG = Logger.getLogger(AuthProblemMappers.class);

    private final AnalystAudit audit;

    public AuthProblemMappers(AnalystAudit audit) {
        this.audit = audit;
    }
    static final String REALM = "partner-tier";
    /** RFC 6750, section 3: no error code when the request carried no credentials. */
    static final String CHALLENGE = "Bearer realm=\"" + REALM + "\"";
    /** RFC 6750, section 3.1: the token is expired, revoked, malformed or invalid for other reasons. */
    static final String INVALID_TOKEN = CHALLENGE + ", error=\"invalid_token\"";
    /** RFC 6750, section 3.1: the request is malformed, e.g. it uses more than one method to send the token. */
    static final String INVALID_REQUEST = CHALLENGE + ", error=\"invalid_request\"";
    /** The challenges, as the OpenAPI document describes them. */
    static final String CHALLENGE_DOC = "Bearer realm=\"partner-tier\" when no token was sent; "
            + "Bearer realm=\"partner-tier\", error=\"invalid_token\" when the token is not valid; "
            + "Bearer realm=\"partner-tier\", error=\"invalid_request\" when the request has more than one Authorization header";

    /** A token was sent and is not valid. */
    @ServerExceptionMapper
    public RestResponse<Problem> invalidToken(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        LOG.debugf("401 token refused: %s", e.getMessage());
        LOG.infof("401 invalid bearer token: %s", TokenRefusals.reason(e));
        boolean twice = BearerTokenMechanism.TWO_HEADERS.equals(e.getMessage()); // the token may be fine: say what is not
        return unauthorized(twice ? INVALID_REQUEST : INVALID_TOKEN, twice ? "detail.two-authorizations" : "detail.invalid-token", uri,
                headers);
    }

    /** No token was sent to an endpoint that needs one. */
    @ServerExceptionMapper
    public RestResponse<Problem> noToken(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        LOG.info("401 no bearer token");
        return unauthorized(CHALLENGE, "detail.no-token", uri, headers);
    }

    /**
     * A valid token without the role the endpoint needs. The detail names the role (from the endpoint's
     * {@code @RolesAllowed}), so whoever issues tokens knows what to add to the {@code groups} claim; roles are not
     * secret, they are in this service's OpenAPI document.
     */
    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, SimpleResourceInfo resource, UriInfo uri, HttpHeaders headers,
            ContainerRequestContext request) {
        ProblemText text = ProblemMappers.text(headers);
        String roles = neededRoles(resource);
        LOG.infof("403 the token lacks the role %s", roles.isEmpty() ? "this endpoint needs" : roles);
        if (AnalystAudit.audited(request.getMethod(), uri.getPath())) {
            audit.denied(request.getMethod() + " " + uri.getPath(),
                    "the token lacks the role " + (roles.isEmpty() ? "it needs" : roles));
        }
        String detail = roles.isEmpty() ? text.format("detail.forbidden") : text.format("detail.forbidden-role", roles);
        return ProblemMappers.answer(Problem.HTTP_STATUS, text.format("title.forbidden"), 403, detail, uri, headers, null).build();
    }

    /**
     * The roles of the matched resource method's {@code @RolesAllowed}, or its class's when the method has no security
     * annotation of its own, joined by ", "; empty when there is none to name (no resource, {@code @DenyAll},
     * {@code @PermitAll}, {@code @Authenticated}, or a role given as a configuration expression).
     */
    static String neededRoles(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return "";
        }
        Class<?> type = resource.getResourceClass();
        RolesAllowed allowed = type.getAnnotation(RolesAllowed.class);
        try {
            Method method = type.getMethod(resource.getMethodName(), resource.parameterTypes());
            if (method.isAnnotationPresent(RolesAllowed.class)) {
                allowed = method.getAnnotation(RolesAllowed.class);
            } else if (method.isAnnotationPresent(DenyAll.class) || method.isAnnotationPresent(PermitAll.class)
                    || method.isAnnotationPresent(Authenticated.class)) {
                return ""; // a method's own security annotation overrides its class's (Jakarta Annotations)
            }
        } catch (NoSuchMethodException | SecurityException notPublic) {
            // the class's annotation, if any, is the one in force
        }
        if (allowed == null || Arrays.stream(allowed.value()).anyMatch(role -> role.contains("${"))) {
            return "";
        }
        return String.join(", ", allowed.value());
    }

    private static RestResponse<Problem> unauthorized(String challenge, String detail, UriInfo uri, HttpHeaders headers) {
        ProblemText text = ProblemMappers.text(headers);
        return ProblemMappers.answer(Problem.HTTP_STATUS, text.format("title.unauthorized"), 401, text.format(detail), uri, headers, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}

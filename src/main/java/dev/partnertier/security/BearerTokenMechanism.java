package dev.partnertier.security;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.smallrye.jwt.runtime.auth.JsonWebTokenCredential;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * SmallRye JWT's bearer-token mechanism, with {@code auth.enabled} in front of it. Whether the JWT extension is on
 * is fixed at build time; this setting is read at run time, so one packaged application serves both a laptop
 * (off) and a deployment (on). Off, every request is {@link #UNAUTHENTICATED}, who holds every role; a token sent
 * anyway is not even read. On, a token verified once is remembered until it expires ({@link VerifiedTokens}); the
 * workbench's browser session carries the analyst's token in a cookie ({@link WorkbenchSession}).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    /** The caller when authentication is off, as audit lines name it. */
    static final String UNAUTHENTICATED = "unauthenticated (auth.enabled=false)";

    private static final SecurityIdentity EVERYONE = QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal(UNAUTHENTICATED))
            .addRoles(Set.of(Roles.PORTAL, Roles.ANALYST))
            .build();

    private static final String BEARER = "Bearer ";
    /** The refusal of a request with more than one Authorization header, as logged. */
    public static final String TWO_HEADERS = "more than one Authorization header";

    private final JWTAuthMechanism jwt;
    private final boolean enabled;
    private final VerifiedTokens verified;

    public BearerTokenMechanism(JWTAuthMechanism jwt, AuthConfig config) {
        this.jwt = jwt;
        this.enabled = config.enabled();
        this.verified = config.tokenCacheSize() > 0 ? new VerifiedTokens(config.tokenCacheSize(), config.tokenCacheMaxAge()) : null;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!enabled) {
            return Uni.createFrom().item(EVERYONE);
        }
        if (context.request().headers().getAll(HttpHeaders.AUTHORIZATION).size() > 1) {
            // RFC 9110, 11.6.2: one Authorization field; with two, which credentials count is anyone's guess (a proxy
            // may keep the first, this service the other), so neither does.
            return Uni.createFrom().failure(new AuthenticationFailedException(TWO_HEADERS));
        }
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? header.substring(BEARER.length()).trim() : null;
        if (header == null) {
            String session = WorkbenchSession.token(context);
            if (session != null) {
                Uni<SecurityIdentity> identity = fromSession(session, context, identityProviderManager);
                // A session whose token no longer verifies (expired, key rotated) shows the page as to anyone: the
                // sign-in form, where a new token replaces it; the API calls keep answering 401.
                return WorkbenchSession.isPage(context) ? identity.onFailure().recoverWithNull() : identity;
            }
        }
        if (verified == null || token == null) {
            return jwt.authenticate(context, identityProviderManager);
        }
        SecurityIdentity known = verified.get(token);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return jwt.authenticate(context, identityProviderManager).invoke(identity -> {
            if (identity != null) {
                verified.put(token, identity);
            }
        });
    }

    /** The workbench's session cookie holds a bearer token: verified exactly as one in the header would be. */
    private Uni<SecurityIdentity> fromSession(String token, RoutingContext context, IdentityProviderManager identities) {
        SecurityIdentity known = verified == null ? null : verified.get(token);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                new TokenAuthenticationRequest(new JsonWebTokenCredential(token)), context)).invoke(identity -> {
                    if (identity != null && verified != null) {
                        verified.put(token, identity);
                    }
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return jwt.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return jwt.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return jwt.getCredentialTransport(context);
    }
}

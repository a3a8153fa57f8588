package dev.partnertier.security;

import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Bearer tokens signed with the test key, as an identity provider would issue them. */
public final class Tokens {

    /** The audience the service asks for by default (application.properties). */
    public static final String AUDIENCE = "partner-tier";

    private Tokens() {
    }

    /**
     * A claims builder for a valid token: the trusted issuer, meant for this service, issued now, valid for an hour (a
     * test run's length).
     */
    public static JwtClaimsBuilder claims(String subject, String... roles) {
        Instant now = Instant.now();
        return Jwt.issuer(TestKeys.ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(roles)).issuedAt(now)
                .expiresAt(now.plusSeconds(3600));
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.sign(TestKeys.privateKey());
    }

    public static String portal() {
        return sign(claims("portal-client", Roles.PORTAL));
    }

    public static String analyst() {
        return sign(claims("ana.analyst", Roles.ANALYST));
    }
}

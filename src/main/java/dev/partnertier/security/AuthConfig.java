package dev.partnertier.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who may call the service. The token's key and issuer are MicroProfile JWT's own settings,
 * {@code mp.jwt.verify.publickey.location} (a PEM file or a JWKS URL) and {@code mp.jwt.verify.issuer}.
 */
@ConfigMapping(prefix = "auth")
public interface AuthConfig {

    /**
     * Require an RFC 6750 bearer token with the right role on every API endpoint (env {@code AUTH_ENABLED}).
     * Off, every caller has every role: for dev mode ({@code %dev}) and a laptop, never for a deployment.
     */
    @WithDefault("true")
    boolean enabled();

    /** How many verified tokens are remembered, so each is checked once, not per request; 0 checks every request. */
    @WithDefault("10000")
    int tokenCacheSize();

    /** The longest a verified token is remembered, whatever its expiry: after a key rotation, old tokens fail within it. */
    @WithDefault("5m")
    java.time.Duration tokenCacheMaxAge();
}

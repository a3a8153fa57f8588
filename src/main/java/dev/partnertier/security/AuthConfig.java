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
}

package dev.partnertier.security;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * With authentication on, the service refuses to start without a key to verify tokens and an issuer to expect:
 * SmallRye JWT would otherwise start and refuse every token, or (with no issuer) accept any issuer's.
 */
@ApplicationScoped
public class AuthSettingsCheck {

    private static final Logger LOG = Logger.getLogger(AuthSettingsCheck.class);
    static final String MISSING = "auth.enabled is true but no token key or issuer is configured: set "
            + "mp.jwt.verify.publickey.location (MP_JWT_VERIFY_PUBLICKEY_LOCATION, a PEM file or a JWKS URL) and "
            + "mp.jwt.verify.issuer (MP_JWT_VERIFY_ISSUER), or AUTH_ENABLED=false for a service open to everyone";

    /** Before anything else starts (the rules compile takes a second: fail before it). */
    void check(@Observes @Priority(1) StartupEvent event, AuthConfig auth, Config config) {
        if (!auth.enabled()) {
            LOG.warn("auth.enabled is false: every caller may evaluate partners and read and check rules");
            return;
        }
        boolean key = present(config, "mp.jwt.verify.publickey.location") || present(config, "mp.jwt.verify.publickey");
        boolean issuer = present(config, "mp.jwt.verify.issuer");
        if (!key || !issuer) {
            throw new ConfigurationException(MISSING);
        }
    }

    private static boolean present(Config config, String name) {
        Optional<String> value = config.getOptionalValue(name, String.class);
        return value.isPresent() && !value.get().isBlank();
    }
}

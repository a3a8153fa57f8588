package dev.partnertier.security;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every {@code @QuarkusTest} and {@code @QuarkusIntegrationTest} runs with authentication on, as the packaged
 * application does by default: the service trusts the test key pair's public key and issuer. The packaged
 * application's management interface is moved to the port {@code @QuarkusTest} gives it ({@link Management#port()}),
 * so the same tests reach it in both.
 */
@WithTestResource(value = TestKeysResource.class, scope = TestResourceScope.GLOBAL)
public class TestKeysResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestKeys.ensure();
        return Map.of("mp.jwt.verify.publickey.location", TestKeys.PUBLIC.toString(),
                "mp.jwt.verify.issuer", TestKeys.ISSUER,
                "auth.enabled", "true",
                // MicroProfile JWT accepts a token up to 60 s past its expiry (clock skew): 1 s keeps the expiry tests short.
                "mp.jwt.verify.clock.skew", "1",
                "quarkus.management.port", String.valueOf(Management.port()));
    }

    @Override
    public void stop() {
        // the keys stay in target/ for the next test JVM
    }
}

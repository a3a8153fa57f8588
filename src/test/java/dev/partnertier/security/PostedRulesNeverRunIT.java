package dev.partnertier.security;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PostedRulesNeverRunTest} against the packaged application. */
@QuarkusIntegrationTest
class PostedRulesNeverRunIT extends PostedRulesNeverRunTest {
}

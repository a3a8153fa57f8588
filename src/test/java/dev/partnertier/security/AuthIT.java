package dev.partnertier.security;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The tests of {@link AuthTest}, against the packaged application (auth on, the test key mounted as a file). */
@QuarkusIntegrationTest
class AuthIT extends AuthTest {
}

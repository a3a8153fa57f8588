package dev.partnertier.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The tests of {@link FuzzTest}, run against the packaged application. */
@QuarkusIntegrationTest
class FuzzIT extends FuzzTest {
}

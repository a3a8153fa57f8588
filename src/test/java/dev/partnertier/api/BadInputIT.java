package dev.partnertier.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The tests of {@link BadInputTest}, run against the packaged application. */
@QuarkusIntegrationTest
class BadInputIT extends BadInputTest {
}

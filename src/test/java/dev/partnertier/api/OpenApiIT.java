package dev.partnertier.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The tests of {@link OpenApiTest}, run against the packaged application. */
@QuarkusIntegrationTest
class OpenApiIT extends OpenApiTest {
}

package dev.partnertier.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The tests of {@link EvaluateResourceTest}, run against the packaged application. */
@QuarkusIntegrationTest
class EvaluateResourceIT extends EvaluateResourceTest {
}

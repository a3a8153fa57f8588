package dev.partnertier.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/** The tests of {@link LiveReloadTest}, run against the packaged application. */
@QuarkusIntegrationTest
@TestProfile(LiveRulesProfile.class)
class LiveReloadIT extends LiveReloadTest {
}

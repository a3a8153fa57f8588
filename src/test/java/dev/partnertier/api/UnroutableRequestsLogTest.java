package dev.partnertier.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;

import org.junit.jupiter.api.Test;

import dev.partnertier.testing.LogCapture;
import dev.partnertier.testing.RawHttp;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A request Vert.x-web refuses before any route is the client's fault: one INFO line of ours, nothing from Quarkus'
 * error handler (which logged a request without {@code Host} or with an empty target at ERROR with an error id). In
 * process only, where the log can be read.
 */
@QuarkusTest
class UnroutableRequestsLogTest {

    @Test
    void aRequestWithoutAHostHeaderIsLoggedAtInfoAsTheClientsFault() throws Exception {
        try (LogCapture ours = LogCapture.of("dev.partnertier.api"); LogCapture quarkus = LogCapture.of("io.quarkus.vertx.http")) {
            assertThat(BadInputTest.withoutHost("GET /evaluate", "no-host-2")).startsWith("HTTP/1.1 400");

            assertThat(ours.lines()).anyMatch(line -> line.contains("without a valid Host header") && line.contains("no-host-2"));
            assertThat(ours.levels()).containsOnly(Level.INFO);
            assertThat(quarkus.lines()).noneMatch(line -> line.contains("/evaluate"));
        }
    }

    @Test
    void anEmptyRequestTargetIsLoggedAtInfoAsTheClientsFault() throws Exception {
        try (LogCapture ours = LogCapture.of("dev.partnertier.api"); LogCapture quarkus = LogCapture.of("io.quarkus.vertx.http")) {
            assertThat(RawHttp.exchange("GET ?a HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Request-Id: empty-target\r\n\r\n"))
                    .startsWith("HTTP/1.1 400");

            assertThat(ours.lines()).anyMatch(line -> line.contains("request target that is not a path") && line.contains("empty-target"));
            assertThat(ours.levels()).containsOnly(Level.INFO);
            assertThat(quarkus.lines()).isEmpty();
            assertThat(ours.lines()).anyMatch(line -> line.contains("GET ?a"));
        }
    }
}

package dev.partnertier.api;

import static dev.partnertier.security.Callers.portal;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.partnertier.testing.ChunkedExchange.answerLine;
import static dev.partnertier.testing.ChunkedExchange.chunk;
import static dev.partnertier.testing.ChunkedExchange.head;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;

import dev.partnertier.security.Callers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** The batch limits (partners per array, bytes per partner) and its admission: one batch at a time here. */
@QuarkusTest
@TestProfile(BatchLimitsTest.Profile.class)
class BatchLimitsTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("limits.batch-items", "2", "limits.batch-item-size", "600", "admission.concurrent-batches", "1",
                    "admission.max-wait", "200ms", "rules.reload.enabled", "false");
        }
    }

    private static String partner(String id) {
        return BatchTest.partner(id, "MATURE", 2500).replace("\n", "");
    }

    @Inject
    MeterRegistry meters;

    private double refusedTooLarge() {
        return meters.get("partner.tier.admission.refused").tag("reason", "too-large").counter().count();
    }

    @Test
    void anArrayLongerThanTheLimitAnswersEveryPartnerAndRefusesThoseOverIt() {
        double tooLarge = refusedTooLarge();
        portal().contentType(ContentType.JSON).body("[" + partner("a") + "," + partner("b") + "," + partner("c") + "," + partner("d") + "]")
                .post("/evaluate/batch").then().statusCode(200)
                .body("index", contains(0, 1, 2, 3))
                .body("status", contains(200, 200, 413, 413))
                .body("[2].problem.detail", containsString("at most 2 partners (limits.batch-items)"))
                .body("[3].problem.detail", containsString("at most 2 partners (limits.batch-items)"));
        assertThat(refusedTooLarge()).as("partners past the contract's limit are no sign of a replica out of room").isEqualTo(tooLarge);
    }

    @Test
    void aPartnerLargerThanTheItemLimitIsRefusedAloneInAStream() {
        String large = partner("big").replace("\"name\"", "\"x\"").replace("\"partnerId\": \"big\"",
                "\"partnerId\": \"big\", \"name\": \"" + "n".repeat(700) + "\"");
        String body = partner("a") + "\n" + large + "\n" + partner("c") + "\n";
        double tooLarge = refusedTooLarge();
        String answer = portal().contentType(BatchResource.NDJSON).body(body.getBytes(StandardCharsets.UTF_8)).post("/evaluate/batch")
                .then().statusCode(200).extract().asString();
        assertThat(answer.lines().toList()).hasSize(3);
        assertThat(answer.lines().toList().get(1)).contains("\"index\":1", "\"status\":413", "larger than 600 bytes");
        assertThat(answer.lines().toList().get(2)).contains("\"index\":2", "\"status\":200");
        assertThat(refusedTooLarge()).isEqualTo(tooLarge + 1);
    }

    @Test
    void whileABatchRunsAnotherWaitsItsTurnButSingleRequestsAreAnswered() throws Exception {
        // A raw HTTP/1.1 exchange, so the body can stay open while the answers are read (Java's HttpClient and
        // curl read the answer only once they have sent the whole body).
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head("/evaluate/batch", Callers.portalToken(), BatchResource.NDJSON));
            chunk(out, partner("first") + "\n");
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
            assertThat(answerLine(in)).contains("\"index\":0", "\"partnerId\":\"first\"");

            // The one batch allowed is running: another is told to come back; a single request is answered at once.
            portal().contentType(ContentType.JSON).body("[]").post("/evaluate/batch").then()
                    .statusCode(503).header("Retry-After", notNullValue()).contentType(Problem.MEDIA_TYPE);
            portal().contentType(ContentType.JSON).body(partner("single")).post("/evaluate").then()
                    .statusCode(200).body("partnerId", equalTo("single"));

            chunk(out, partner("second") + "\n");
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(answerLine(in)).contains("\"index\":1", "\"partnerId\":\"second\"");
        }
        // Its leave is given back with its last answer.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                portal().contentType(ContentType.JSON).body("[]").post("/evaluate/batch").then().statusCode(200));
    }
}

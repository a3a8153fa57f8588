package dev.partnertier.api;

import static dev.partnertier.security.Callers.portal;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.partnertier.testing.ChunkedExchange.answerLine;
import static dev.partnertier.testing.ChunkedExchange.chunk;
import static dev.partnertier.testing.ChunkedExchange.head;
import static org.hamcrest.Matchers.equalTo;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.partnertier.admission.Admission;
import dev.partnertier.security.Callers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * From SIGTERM on ({@link Admission#drain}, which the JVM's shutdown hook calls), new requests are refused saying the
 * replica is shutting down, and a batch under way goes on for {@code admission.batch-grace}, then ends with an answer
 * that leaves the rest to another replica. Its own profile: the replica stays drained.
 */
@QuarkusTest
@TestProfile(ShuttingDownTest.Profile.class)
class ShuttingDownTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("admission.batch-grace", "5s", "admission.concurrent-batches", "3", "rules.reload.enabled", "false");
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Inject
    Admission admission;
    @Inject
    io.micrometer.core.instrument.MeterRegistry meters;

    private double refusedShuttingDown() {
        return meters.get("partner.tier.admission.refused").tag("reason", "shutting-down").counter().count();
    }

    private static String partner(String id) {
        return BatchTest.partner(id, "MATURE", 2500).replace("\n", "");
    }

    @Test
    void newRequestsAreRefusedAndABatchUnderWayGoesOnForItsGraceThenEndsSayingWhy() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port); Socket whatIf = new Socket("localhost", RestAssured.port);
                Socket idle = new Socket("localhost", RestAssured.port)) {
            // A batch whose client sends one partner, then nothing: no next partner will end it.
            idle.setSoTimeout(20_000);
            OutputStream idleOut = idle.getOutputStream();
            idleOut.write(head("/evaluate/batch", Callers.portalToken(), BatchResource.NDJSON));
            chunk(idleOut, partner("idle") + "\n");
            BufferedReader idleIn = new BufferedReader(new InputStreamReader(idle.getInputStream(), StandardCharsets.UTF_8));
            assertThat(answerLine(idleIn)).contains("\"index\":0", "\"status\":200");

            // A what-if stream under way too: its head line leaves once its files are compiled.
            whatIf.setSoTimeout(20_000);
            OutputStream whatIfOut = whatIf.getOutputStream();
            whatIfOut.write(head("/rules/simulate", Callers.analystToken(), BatchResource.NDJSON));
            chunk(whatIfOut, JSON.writeValueAsString(Map.of("files", List.of(WhatIfTest.goldAt("4500")))) + "\n");
            BufferedReader whatIfIn = new BufferedReader(new InputStreamReader(whatIf.getInputStream(), StandardCharsets.UTF_8));
            assertThat(whatIfIn.readLine()).isEqualTo("HTTP/1.1 200 OK");
            assertThat(answerLine(whatIfIn)).contains("\"candidateVersion\"");

            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head("/evaluate/batch", Callers.portalToken(), BatchResource.NDJSON));
            chunk(out, partner("first") + "\n");
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
            assertThat(answerLine(in)).contains("\"index\":0", "\"status\":200");

            double refusedBefore = refusedShuttingDown();
            long drained = System.nanoTime();
            admission.drain();

            // New work is refused, saying why: another replica answers it at once.
            portal().contentType(ContentType.JSON).body(partner("single")).post("/evaluate").then()
                    .statusCode(503).header("Retry-After", equalTo("2"))
                    .body("detail", equalTo("This replica is shutting down. Send the request again: another replica will answer it."));
            portal().contentType(ContentType.JSON).header("Accept-Language", "ko").body(partner("single")).post("/evaluate").then()
                    .statusCode(503).body("detail", equalTo("이 인스턴스는 종료 중입니다. 요청을 다시 보내면 다른 인스턴스가 처리합니다."));
            portal().contentType(ContentType.JSON).body("[" + partner("another batch") + "]").post("/evaluate/batch").then()
                    .statusCode(503).body("detail", equalTo("This replica is shutting down. Send the request again: another replica will answer it."));
            assertThat(refusedShuttingDown()).isEqualTo(refusedBefore + 3); // told apart from a busy replica's 503

            // The batch under way is still decided within its grace...
            chunk(out, partner("second") + "\n");
            assertThat(answerLine(in)).contains("\"index\":1", "\"status\":200", "\"partnerId\":\"second\"");
            assertThat((System.nanoTime() - drained) / 1_000_000).as("ms since drained").isLessThan(5_000);

            // ...and after it, its next partner is the last answer, saying the rest go to another replica.
            Thread.sleep(Math.max(0, 5_200 - (System.nanoTime() - drained) / 1_000_000));
            chunk(out, partner("third") + "\n" + partner("fourth") + "\n");
            chunk(whatIfOut, partner("late") + "\n"); // both at once, well before the cut a second after the grace
            assertThat(answerLine(in)).contains("\"index\":2", "\"status\":503",
                    "this partner and those after it in the batch were not decided");
            assertThat(refusedShuttingDown()).isEqualTo(refusedBefore + 4); // and the partner at which the batch ended
            List<String> rest = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.equals("0"); line = in.readLine()) {
                rest.add(line);
            }
            assertThat(rest).as("nothing after the last answer but the end of the chunks").noneMatch(line -> line.contains("index"));

            // The what-if stream past the grace: its next partner says it and the rest were not decided, and no counts follow.
            assertThat(answerLine(whatIfIn)).contains("\"index\":0", "this partner and those after it in the batch were not decided");
            List<String> whatIfRest = new ArrayList<>();
            for (String line = whatIfIn.readLine(); line != null && !line.equals("0"); line = whatIfIn.readLine()) {
                whatIfRest.add(line);
            }
            assertThat(whatIfRest).as("no counts after a what-if cut by the shutdown").noneMatch(line -> line.contains("unchanged"));

            // The idle batch is cut short when the grace ends: its connection closes, without the answer's last chunk.
            idle.setSoTimeout(3_000);
            List<String> idleRest = new ArrayList<>();
            try {
                for (String line = idleIn.readLine(); line != null; line = idleIn.readLine()) {
                    idleRest.add(line);
                }
            } catch (java.net.SocketException e) {
                // a reset is a cut too
            }
            assertThat(idleRest).as("the idle batch, cut short").doesNotContain("0");
        }
    }
}

package dev.partnertier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static dev.partnertier.security.Callers.analyst;
import static dev.partnertier.security.Callers.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** An analyst's edit to the rules folder of a running service: live in seconds, errors shown, never an outage. */
@QuarkusTest
@TestProfile(LiveRulesProfile.class)
class LiveReloadTest {

    private static final Path PERFORMANCE = LiveRulesProfile.RULES.resolve("performance.drl");
    private static final String AT_2200 = """
            {"partnerId": "p", "market": "MATURE",
             "customers": [{"tenantId": "t", "associations": ["DELEGATED_ADMIN"],
                            "workloads": [{"workload": "EXCHANGE_ONLINE", "activeUsers": 2200}]}],
             "individuals": [{"id": "a", "exams": ["70-346", "70-347"]}]}
            """;

    private static String original;

    private static Response evaluate() {
        return portal().contentType(ContentType.JSON).body(AT_2200).when().post("/evaluate");
    }

    private static String tier() {
        return evaluate().then().statusCode(200).extract().path("tier");
    }

    private static void setMatureSilverThreshold(String number) throws IOException {
        if (original == null) {
            original = Files.readString(PERFORMANCE);
        }
        Files.writeString(PERFORMANCE, original.replace("Level.SILVER, \"performance\", 2000,", "Level.SILVER, \"performance\", " + number + ","));
    }

    /** Polls until the condition holds; returns how long it took. */
    private static Duration within(Duration limit, Supplier<Boolean> condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.get()) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited for the rules to change").isLessThan(limit);
            Thread.sleep(50);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @AfterEach
    void restore() throws Exception {
        if (original != null) {
            Files.writeString(PERFORMANCE, original);
            within(Duration.ofSeconds(5), () -> "SILVER".equals(tier())
                    && analyst().get("/rules").then().extract().path("lastReloadError") == null);
        }
    }

    @Test
    void raisingTheMatureSilverThresholdChangesTheAnswerWithinTwoSeconds() throws Exception {
        assertThat(tier()).isEqualTo("SILVER");
        String before = evaluate().then().extract().path("rulesVersion");

        setMatureSilverThreshold("2500");
        Duration took = within(Duration.ofSeconds(2), () -> "NONE".equals(tier()));

        evaluate().then()
                .body("rulesVersion", org.hamcrest.Matchers.not(equalTo(before)))
                .body("explanation", hasItem("Silver performance not met: 2,200 active entitlements, 2,500 required in a mature market"));
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aSyntaxErrorKeepsThePreviousRulesAnsweringAndIsShownUntilFixed() throws Exception {
        String good = analyst().get("/rules").then().extract().path("version");

        Files.writeString(PERFORMANCE, Files.readString(PERFORMANCE).replace("Level.SILVER, \"performance\", 2000,", "Level.SILVER, \"performance\", 2500"));
        within(Duration.ofSeconds(3), () -> analyst().get("/rules").then().extract().path("lastReloadError") != null);

        analyst().get("/rules").then()
                .body("version", equalTo(good))
                .body("lastReloadError.at", notNullValue())
                .body("lastReloadError.errors[0].file", equalTo("performance.drl"))
                .body("lastReloadError.errors[0].line", greaterThan(0))
                .body("lastReloadError.errors[0].message", notNullValue());
        evaluate().then().statusCode(200).body("tier", equalTo("SILVER")).body("rulesVersion", equalTo(good));

        setMatureSilverThreshold("2500");
        within(Duration.ofSeconds(3), () -> "NONE".equals(tier()));
        analyst().get("/rules").then().body("lastReloadError", nullValue());
    }

    @Test
    void evaluationsDuringReloadsNeverFail() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicBoolean editing = new AtomicBoolean(true);
        try {
            List<Future<List<Integer>>> clients = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                clients.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    while (editing.get()) {
                        statuses.add(evaluate().statusCode());
                    }
                    return statuses;
                }));
            }
            for (int i = 0; i < 4; i++) {
                setMatureSilverThreshold(i % 2 == 0 ? "2500" : "2000");
                Thread.sleep(700);
                setMatureSilverThreshold("25 00"); // does not compile
                Thread.sleep(700);
            }
            editing.set(false);
            for (Future<List<Integer>> client : clients) {
                assertThat(client.get(30, TimeUnit.SECONDS)).isNotEmpty().containsOnly(200);
            }
        } finally {
            pool.shutdownNow();
        }
        // The last edit does not compile: once it has been tried, it is reported while the good rules answer.
        within(Duration.ofSeconds(5), () -> "performance.drl".equals(analyst().get("/rules").then().extract().path("lastReloadError.errors[0].file")));
        evaluate().then().statusCode(200);
    }
}

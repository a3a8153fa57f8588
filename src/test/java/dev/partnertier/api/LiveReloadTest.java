package dev.partnertier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static dev.partnertier.security.Callers.analyst;
import static dev.partnertier.security.Callers.portal;

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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.partnertier.engine.RuleFiles;
import dev.partnertier.testing.RulesCopy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** An analyst's edit to the rules folder of a running service: live in seconds, errors shown, never an outage. */
@QuarkusTest
@TestProfile(LiveRulesProfile.class)
class LiveReloadTest {

    private static final Path RULES = LiveRulesProfile.RULES;
    private static final String MATURE_SILVER = "Silver performance threshold in a mature market";
    private static final String AT_2200 = """
            {"partnerId": "p", "market": "MATURE",
             "customers": [{"tenantId": "t", "associations": ["DELEGATED_ADMIN"],
                            "workloads": [{"workload": "EXCHANGE_ONLINE", "activeUsers": 2200}]}],
             "individuals": [{"id": "a", "exams": ["70-346", "70-347"]}]}
            """;
    /** A reload is debounced (200 ms here), compiled and warmed up: well under two seconds (bench/RESULTS.md). */
    private static final Duration LIVE_WITHIN = Duration.ofSeconds(5);

    private static Response evaluate() {
        return portal().contentType(ContentType.JSON).body(AT_2200).when().post("/evaluate");
    }

    private static String tier() {
        return evaluate().then().statusCode(200).extract().path("tier");
    }

    private static Object lastReloadError() {
        return analyst().get("/rules").then().extract().path("lastReloadError");
    }

    /** Puts the folder back and waits until the service serves exactly what is on disk, whatever reload is still pending. */
    @AfterEach
    void restore() throws Exception {
        RulesCopy.setThreshold(RULES, MATURE_SILVER, "2000");
        String onDisk = RuleFiles.version(RuleFiles.read(RULES));
        await().atMost(LIVE_WITHIN).until(() -> onDisk.equals(analyst().get("/rules").then().extract().path("version"))
                && lastReloadError() == null && "SILVER".equals(tier()));
    }

    @Test
    void raisingTheMatureSilverThresholdChangesTheAnswer() throws Exception {
        assertThat(tier()).isEqualTo("SILVER");
        String before = evaluate().then().extract().path("rulesVersion");
        analyst().get("/rules").then().body("scenarios.failed", equalTo(0)).body("scenarios.passed", greaterThan(0))
                .body("scenarios.failing", hasSize(0));

        RulesCopy.setThreshold(RULES, MATURE_SILVER, "2500");
        await().atMost(LIVE_WITHIN).until(() -> "NONE".equals(tier()));

        evaluate().then()
                .body("rulesVersion", org.hamcrest.Matchers.not(equalTo(before)))
                .body("explanation", hasItem("Silver performance not met: 2,200 active entitlements, 2,500 required in a mature market"))
                .body("gaps[0].level", equalTo("SILVER"))
                .body("gaps[0].missing[0].amount", equalTo(300));
        // The edit went live, and the scenarios that expect the old threshold say so where the analyst looks
        analyst().get("/rules").then().body("version", equalTo(evaluate().then().extract().path("rulesVersion")))
                .body("scenarios.failed", greaterThan(0))
                .body("scenarios.failing.mismatches.flatten().findAll { it.what == 'tier' }.expected", hasItem("SILVER"))
                .body("lastReloadError", nullValue());
    }

    @Test
    void aScenarioFileEditedWhileTheRulesStayTheSameIsRunAgain() throws Exception {
        Path extra = RULES.resolve("scenarios").resolve("an-analyst-s-new.json");
        String version = analyst().get("/rules").then().extract().path("version");
        try {
            Files.writeString(extra, """
                    {"name": "Expects Gold by mistake", "request": %s, "expect": {"tier": "GOLD"}}
                    """.formatted(AT_2200));
            await().atMost(LIVE_WITHIN).until(() -> Integer.valueOf(1).equals(analyst().get("/rules").then().extract().path("scenarios.failed")));
            analyst().get("/rules").then().body("version", equalTo(version)) // the rules did not change
                    .body("scenarios.folderFound", equalTo(true))
                    .body("scenarios.failing[0].name", equalTo("Expects Gold by mistake"))
                    .body("scenarios.failing[0].mismatches[0].actual", equalTo("SILVER"));
        } finally {
            Files.deleteIfExists(extra);
        }
        await().atMost(LIVE_WITHIN).until(() -> Integer.valueOf(0).equals(analyst().get("/rules").then().extract().path("scenarios.failed")));
    }

    @Test
    void anEditedSentenceGoesLive() throws Exception {
        Path korean = RULES.resolve("messages_ko.properties");
        String original = Files.readString(korean);
        try {
            RulesCopy.replace(korean, "verdict.SILVER=등급 SILVER:", "verdict.SILVER=SILVER 등급:");
            await().atMost(LIVE_WITHIN).until(() -> portal().header("Accept-Language", "ko").contentType(ContentType.JSON)
                    .body(AT_2200).post("/evaluate").then().extract().<String>path("explanation[0]").startsWith("SILVER 등급:"));
        } finally {
            Files.writeString(korean, original);
        }
    }

    @Test
    void aBrokenEditKeepsThePreviousRulesAnsweringAndIsShownAtItsLineUntilFixed() throws Exception {
        String good = analyst().get("/rules").then().extract().path("version");
        Path performance = RULES.resolve("performance.drl");
        int line = RulesCopy.lineOf(performance, "Requirement.PERFORMANCE, 2000, Market.MATURE");

        RulesCopy.setThreshold(RULES, MATURE_SILVER, "2,000"); // the analyst's thousands separator: does not compile
        await().atMost(LIVE_WITHIN).until(() -> lastReloadError() != null);

        analyst().get("/rules").then()
                .body("version", equalTo(good))
                .body("lastReloadError.at", notNullValue())
                .body("lastReloadError.errors", hasSize(1))
                .body("lastReloadError.errors[0].file", equalTo("performance.drl"))
                .body("lastReloadError.errors[0].line", equalTo(line))
                .body("lastReloadError.errors[0].column", greaterThan(0))
                .body("lastReloadError.errors[0].hint", equalTo("Write numbers without separators: 2000, not 2,000."));
        analyst().header("Accept-Language", "ko").get("/rules").then()
                .body("lastReloadError.errors[0].hint", equalTo("숫자는 쉼표 없이 쓰세요: 2,000 대신 2000."));
        evaluate().then().statusCode(200).body("tier", equalTo("SILVER")).body("rulesVersion", equalTo(good));

        RulesCopy.setThreshold(RULES, MATURE_SILVER, "2500");
        await().atMost(LIVE_WITHIN).until(() -> "NONE".equals(tier()));
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
                String threshold = i % 2 == 0 ? "2500" : "2000";
                RulesCopy.setThreshold(RULES, MATURE_SILVER, threshold);
                await().atMost(LIVE_WITHIN).until(() -> tier().equals(threshold.equals("2500") ? "NONE" : "SILVER"));
                String version = analyst().get("/rules").then().extract().path("version");
                RulesCopy.setThreshold(RULES, MATURE_SILVER, "25 00"); // does not compile
                await().atMost(LIVE_WITHIN).until(() -> lastReloadError() != null);
                assertThat(analyst().get("/rules").then().extract().<String>path("version")).isEqualTo(version);
            }
            editing.set(false);
            for (Future<List<Integer>> client : clients) {
                assertThat(client.get(30, TimeUnit.SECONDS)).isNotEmpty().containsOnly(200);
            }
        } finally {
            pool.shutdownNow();
        }
        // The last edit does not compile: it is reported while the good rules answer.
        analyst().get("/rules").then().body("lastReloadError.errors[0].file", equalTo("performance.drl"));
        evaluate().then().statusCode(200);
    }
}

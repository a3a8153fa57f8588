package dev.partnertier.api;

import static dev.partnertier.security.Callers.analyst;
import static dev.partnertier.security.Callers.portal;
import static dev.partnertier.security.Management.management;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.partnertier.decision.DecisionService;
import dev.partnertier.engine.RuleFiles;
import dev.partnertier.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Rules an edit made slow do not hold the event loops: small partners are decided on worker threads while the rules
 * average more than admission.event-loop-limit (20 ms), the operators are told, and the event loop decides them again
 * once the rules are quick.
 */
@QuarkusTest
@TestProfile(LiveRulesProfile.class)
class SlowRulesTest {

    private static final Path RULES = LiveRulesProfile.RULES;
    private static final Path SLOW = RULES.resolve("slow.drl");
    private static final Duration LIVE_WITHIN = Duration.ofSeconds(10);
    /** A rule whose consequence takes 60 ms for one partner only, so that the scenarios' warm-up stays quick. */
    private static final String SLOW_RULE = """
            package rules;

            import dev.partnertier.model.*;

            rule "A partner named slow takes sixty milliseconds"
            when
                Partner( partnerId == "slow" )
            then
                try { Thread.sleep(60); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
            end
            """;

    private static String partner(String id) {
        return """
                {"partnerId": "%s", "market": "MATURE",
                 "customers": [{"tenantId": "t", "associations": ["DELEGATED_ADMIN"],
                                "workloads": [{"workload": "EXCHANGE_ONLINE", "activeUsers": 2200}]}],
                 "individuals": [{"id": "a", "exams": ["70-346", "70-347"]}]}
                """.formatted(id);
    }

    /** Decides the partner, and gives the thread its decision was logged on. */
    private static String decidedOn(String id) {
        try (LogCapture decisions = LogCapture.of("partner-tier.decisions")) {
            portal().contentType(ContentType.JSON).body(partner(id)).when().post("/evaluate").then().statusCode(200)
                    .body("tier", equalTo("SILVER"));
            assertThat(decisions.threads()).hasSize(1);
            return decisions.threads().get(0);
        }
    }

    private static String slowGauge() {
        return management().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(l -> l.startsWith("partner_tier_rules_slow")).findFirst().orElse("");
    }

    private static void awaitLive() throws Exception {
        String onDisk = RuleFiles.version(RuleFiles.read(RULES));
        await().atMost(LIVE_WITHIN).until(() -> onDisk.equals(analyst().get("/rules").then().extract().path("version")));
    }

    @AfterEach
    void restore() throws Exception {
        Files.deleteIfExists(SLOW);
        awaitLive();
    }

    @Test
    void smallPartnersLeaveTheEventLoopWhileTheRulesAreSlowAndComeBackWhenTheyAreQuick() throws Exception {
        assertThat(decidedOn("p")).startsWith("vert.x-eventloop-thread-");
        assertThat(slowGauge()).endsWith(" 0.0");

        Files.writeString(SLOW, SLOW_RULE);
        awaitLive();
        try (LogCapture service = LogCapture.of(DecisionService.class.getName())) {
            // 60 ms each, one after the other: the average (an eighth per decision) passes 20 ms at the fourth
            for (int i = 0; i < 4; i++) {
                decidedOn("slow");
            }
            assertThat(service.lines()).singleElement().asString()
                    .contains("take", "ms on average to evaluate a small partner, more than admission.event-loop-limit (20 ms)",
                            "small partners are now decided on worker threads");
            assertThat(service.levels()).containsExactly(java.util.logging.Level.WARNING);
            assertThat(decidedOn("slow")).startsWith("executor-thread-");
            assertThat(decidedOn("p")).as("every small partner, while the rules are slow").startsWith("executor-thread-");
            assertThat(slowGauge()).endsWith(" 1.0");

            List<String> threads = new java.util.ArrayList<>();
            for (int i = 0; i < 30; i++) {
                threads.add(decidedOn("p"));
            }
            assertThat(threads.get(threads.size() - 1)).as("quick again once the average is under 5 ms")
                    .startsWith("vert.x-eventloop-thread-");
            assertThat(service.lines()).hasSize(2).last().asString().contains("small partners are decided on the event loop again");
            assertThat(slowGauge()).endsWith(" 0.0");
        }
    }
}

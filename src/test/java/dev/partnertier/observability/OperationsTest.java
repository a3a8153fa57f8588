package dev.partnertier.observability;

import static dev.partnertier.security.Callers.analyst;
import static dev.partnertier.security.Callers.portal;
import static dev.partnertier.security.Management.management;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.partnertier.testing.PartnerJson;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What operators watch: health probes, Prometheus metrics and one decision line per evaluation. */
@QuarkusTest
class OperationsTest {

    private final List<LogRecord> decisions = new CopyOnWriteArrayList<>();
    private final List<String> requestIds = new CopyOnWriteArrayList<>();
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            decisions.add(record);
            requestIds.add(String.valueOf(org.jboss.logmanager.MDC.get("requestId"))); // as log formatters see it
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureDecisionLog() {
        Logger.getLogger("partner-tier.decisions").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("partner-tier.decisions").removeHandler(capture);
    }

    private static String example() throws Exception {
        return Files.readString(Path.of("examples", "silver-partner.json"));
    }

    @Test
    void readyWhileRulesAreActiveAndSaysWhichAndTheLastReloadError() {
        String version = analyst().get("/rules").then().extract().path("version");

        management().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'rules' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'rules' }.data.version", equalTo(version))
                .body("checks.find { it.name == 'rules' }.data.lastReloadError", equalTo("none"));
        management().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsCountEvaluationsByTierAndOutcomeWithLatencyAndSizes() throws Exception {
        double silverBefore = metric("partner_tier_evaluations_total{outcome=\"decided\",tier=\"SILVER\"}");
        double rejectedBefore = metric("partner_tier_evaluations_total{outcome=\"rejected\",tier=\"-\"}");

        portal().contentType(ContentType.JSON).body(example()).post("/evaluate").then().statusCode(200);
        portal().contentType(ContentType.JSON).body("{\"market\":\"MATURE\"}").post("/evaluate").then().statusCode(400);

        assertThat(metric("partner_tier_evaluations_total{outcome=\"decided\",tier=\"SILVER\"}")).isEqualTo(silverBefore + 1);
        assertThat(metric("partner_tier_evaluations_total{outcome=\"rejected\",tier=\"-\"}")).isEqualTo(rejectedBefore + 1);
        String metrics = management().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("partner_tier_evaluation_seconds_bucket{", "partner_tier_request_customers_bucket{",
                "partner_tier_rules_reloads_total{result=\"failure\"}", "http_server_requests_seconds_count{");
        String version = analyst().get("/rules").then().extract().path("version");
        assertThat(metric("partner_tier_rules_active{version=\"" + version + "\"}")).isEqualTo(1.0);
        // a size in a few buckets (not Micrometer's 276 over the range of a long): three customers are within 5
        assertThat(metrics.lines().filter(l -> l.startsWith("partner_tier_request_customers_bucket{"))).hasSize(16);
        assertThat(metric("partner_tier_request_customers_bucket{le=\"5.0\"}"))
                .isGreaterThan(metric("partner_tier_request_customers_bucket{le=\"1.0\"}"));
        // how the scenarios stand on the active rules, and no edit waiting refused
        assertThat(metric("partner_tier_rules_scenarios{result=\"passed\"}")).isPositive();
        assertThat(metrics.lines()).contains("partner_tier_rules_scenarios{result=\"failed\"} 0.0", "partner_tier_rules_reload_refused 0.0");
    }

    @Test
    void oneDecisionLineWithIdsTierVersionAndCountsButNoNames() throws Exception {
        portal().contentType(ContentType.JSON).header("X-Request-Id", "ops-test-1").body(example()).post("/evaluate")
                .then().statusCode(200).body("tier", equalTo("SILVER"));

        assertThat(decisions).singleElement().satisfies(record -> {
            String formatted = ((ExtLogRecord) record).getFormattedMessage();
            assertThat(formatted).startsWith("decision partnerId=contoso-msp tier=SILVER rulesVersion=")
                    .contains("durationMs=", "customers=3", "workloads=6", "individuals=2", "activeEntitlements=2150",
                            "qualifiedIndividuals=1", "excluded=4")
                    .doesNotContain("Contoso", "Ana Silva", "Ben Okafor");
            // Milliseconds to the microsecond: a small decision takes tens of microseconds, never shown as 0.0.
            Matcher duration = Pattern.compile(" durationMs=(\\d+\\.\\d{3}) ").matcher(formatted);
            assertThat(duration.find()).as(formatted).isTrue();
            assertThat(Double.parseDouble(duration.group(1))).isPositive();
        });
        assertThat(requestIds).containsExactly("ops-test-1");
    }

    @Test
    void aPartnerIdCannotForgeAPairOfTheDecisionLine() {
        portal().contentType(ContentType.JSON).body("{\"partnerId\": \"evil tier=GOLD rulesVersion=fake\", \"market\": \"MATURE\"}")
                .post("/evaluate").then().statusCode(200).body("tier", equalTo("NONE"));

        assertThat(decisions).singleElement().satisfies(record -> assertThat(((ExtLogRecord) record).getFormattedMessage())
                .startsWith("decision partnerId=\"evil tier=GOLD rulesVersion=fake\" tier=NONE rulesVersion="));
    }

    @Test
    void smallPartnersAreDecidedOnTheEventLoopLargeOnesOnAWorkerThreadEachLoggedWithItsRequestId() {
        decide("ops-small", PartnerJson.customers(3)).body("activeEntitlements", equalTo(9));
        decide("ops-500", PartnerJson.customers(500)).body("activeEntitlements", equalTo(1_500)); // 45 KB of body
        decide("ops-large", PartnerJson.customers(2_500)).body("activeEntitlements", equalTo(7_500));
        decide("ops-people", PartnerJson.individuals(5_000)).body("tier", equalTo("NONE"));

        assertThat(requestIds).containsExactly("ops-small", "ops-500", "ops-large", "ops-people");
        assertThat(threads.subList(0, 2)).as("small partners: no hand-off to a worker thread").allMatch(t -> t.startsWith("vert.x-eventloop"));
        assertThat(threads.subList(2, 4)).as("large partners, by customers or by people: never on an event loop")
                .noneMatch(t -> t.startsWith("vert.x-eventloop"));
    }

    private static io.restassured.response.ValidatableResponse decide(String requestId, String body) {
        return portal().contentType(ContentType.JSON).header("X-Request-Id", requestId).body(body).post("/evaluate")
                .then().statusCode(200).header("X-Request-Id", requestId);
    }

    @Test
    void rejectedRequestsAreNotDecisions() {
        portal().contentType(ContentType.JSON).body("{}").post("/evaluate").then().statusCode(400);

        assertThat(decisions).isEmpty();
    }

    @Test
    void theHealthEndpointListsTheRulesCheck() {
        management().get("/q/health").then().statusCode(200).body("checks.name", hasItem("rules"));
    }

    private static double metric(String series) {
        String metrics = management().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith(series + " ")).mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0.0);
    }
}

package dev.partnertier.api;

import static dev.partnertier.security.Callers.portal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;

import dev.partnertier.admission.Admission;
import dev.partnertier.admission.Reservation;
import dev.partnertier.testing.PartnerJson;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Admission as a caller meets it: a request that could never fit is 413 naming the limit; one that does not fit
 * now is 503 with Retry-After after a short wait; a small one still gets in while large ones hold the budget.
 */
@QuarkusTest
@TestProfile(AdmissionTest.SmallBudget.class)
class AdmissionTest {

    /** 400 KB for decisions: 40 KB only for small requests (up to 2 KB of body), 4 bytes of heap per body byte. */
    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("admission.memory-budget", "400K", "admission.small-share", "0.1", "admission.small-request", "2K",
                    "admission.bytes-per-body-byte", "4", "admission.max-wait", "200ms", "admission.retry-after", "3s",
                    "rules.reload.enabled", "false");
        }
    }

    @Inject
    Admission admission;
    @Inject
    MeterRegistry meters;

    private double refused(String reason) {
        return meters.get("partner.tier.admission.refused").tag("reason", reason).counter().count();
    }


    @Test
    void aRequestThatCouldNeverFitIs413NamingTheLimitAndCounted() {
        double before = refused("too-large");
        String large = PartnerJson.customers(1200); // about 110 KB of body: needs 0.5 MB, more than the 360 KB large requests may use
        portal().contentType(ContentType.JSON).body(large).post("/evaluate").then()
                .statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("360 KB"));
        assertThat(refused("too-large")).isEqualTo(before + 1);

        // in a batch, the partner is refused and counted alike, in an answer that is a 200
        portal().contentType(ContentType.JSON).body("[" + large + ", " + PartnerJson.customers(1) + "]").post("/evaluate/batch").then()
                .statusCode(200).body("status", org.hamcrest.Matchers.contains(413, 200));
        assertThat(refused("too-large")).isEqualTo(before + 2);
    }

    @Test
    void aRequestThatDoesNotFitNowIs503WithRetryAfterWhileSmallOnesStillGetIn() throws Exception {
        String large = PartnerJson.customers(300); // about 27 KB of body: needs about 170 KB
        Reservation taken = admission.memory().reserve(300 * 1024, false, java.time.Duration.ZERO, java.time.Duration.ZERO).get();
        double before = refused("busy");
        double shuttingDown = refused("shutting-down");
        try {
            portal().contentType(ContentType.JSON).body(large).post("/evaluate").then()
                    .statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "3")
                    .body("type", equalTo(Problem.OVERLOADED));
            assertThat(refused("busy")).isEqualTo(before + 1);
            assertThat(refused("shutting-down")).isEqualTo(shuttingDown);
            portal().contentType(ContentType.JSON).body(PartnerJson.customers(1)).post("/evaluate").then()
                    .statusCode(200).body("activeEntitlements", equalTo(3));
        } finally {
            taken.close();
        }
        portal().contentType(ContentType.JSON).body(large).post("/evaluate").then().statusCode(200);
    }

    @Test
    void everyReservationIsGivenBackAfterTheAnswer() {
        for (int i = 0; i < 20; i++) {
            portal().contentType(ContentType.JSON).body(PartnerJson.customers(50)).post("/evaluate").then().statusCode(200);
            portal().contentType(ContentType.JSON).body("{\"partnerId\":\"\"}").post("/evaluate").then().statusCode(400);
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> admission.memory().used() == 0);
    }
}

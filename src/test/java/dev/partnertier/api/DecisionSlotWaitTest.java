package dev.partnertier.api;

import static dev.partnertier.security.Callers.portal;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.partnertier.admission.Admission;
import dev.partnertier.admission.DecisionSlots;
import dev.partnertier.testing.PartnerJson;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** A large partner waits for a decision slot at most admission.max-wait, then is 503; small ones need no slot. */
@QuarkusTest
@TestProfile(DecisionSlotWaitTest.OneSlot.class)
class DecisionSlotWaitTest {

    /** One large partner at a time, waiting at most 200 ms. */
    public static class OneSlot implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("admission.concurrent-decisions", "1", "admission.max-wait", "200ms", "admission.retry-after", "3s",
                    "rules.reload.enabled", "false");
        }
    }

    @Inject
    Admission admission;

    @Test
    void aLargePartnerFindingNoFreeSlotIs503WithRetryAfterWhileSmallOnesAreDecided() {
        String large = PartnerJson.customers(2_500);
        try (DecisionSlots.Slot taken = admission.slot()) {
            portal().contentType(ContentType.JSON).body(large).post("/evaluate").then()
                    .statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "3").body("type", equalTo(Problem.OVERLOADED));
            portal().contentType(ContentType.JSON).body(PartnerJson.customers(3)).post("/evaluate").then()
                    .statusCode(200).body("activeEntitlements", equalTo(9));
        }
        portal().contentType(ContentType.JSON).body(large).post("/evaluate").then()
                .statusCode(200).body("activeEntitlements", equalTo(7_500));
    }
}

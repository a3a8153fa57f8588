package dev.partnertier.api;

import static dev.partnertier.security.Callers.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnertier.testing.LogCapture;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With rules.candidates-enabled=false no candidate rule runs: simulate and try with files are 403; validate still works. */
@QuarkusTest
@TestProfile(WhatIfDisabledTest.Profile.class)
class WhatIfDisabledTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rules.candidates-enabled", "false", "rules.reload.enabled", "false");
        }
    }

    @Test
    void candidatesDoNotRunButValidationAndTheActiveRulesDo() throws IOException {
        Map<String, String> edited = WhatIfTest.goldAt("4500");
        try (LogCapture audit = LogCapture.of("partner-tier.audit")) {
            analyst().contentType(ContentType.JSON).body(Map.of("files", List.of(edited), "partners", WhatIfTest.portfolio()))
                    .post("/rules/simulate").then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                    .body("detail", containsString("rules.candidates-enabled=false"));
            assertThat(audit.lines()).singleElement().satisfies(line -> assertThat(line).startsWith(
                    "audit subject=ana.analyst endpoint=\"POST /rules/simulate\" outcome=\"denied: candidate rules may not run here"));
        }
        analyst().contentType(ContentType.JSON).body(Map.of("files", List.of(edited), "partner", WhatIfTest.portfolio().get(0)))
                .post("/rules/try").then().statusCode(403);
        analyst().contentType(ContentType.JSON).body(Map.of("files", List.of(edited)))
                .post("/rules/try-scenarios").then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        analyst().contentType(ContentType.JSON).body(Map.of("partner", WhatIfTest.portfolio().get(0)))
                .post("/rules/try").then().statusCode(200).body("answer.tier", equalTo("GOLD"));
        // edited scenario files alone run on the active rules: no posted rule runs
        analyst().contentType(ContentType.JSON).body(Map.of("scenarios", List.of(Map.of("path", "new.json", "content",
                "{\"name\": \"n\", \"request\": {\"partnerId\": \"p\", \"market\": \"MATURE\"}, \"expect\": {\"tier\": \"NONE\"}}"))))
                .post("/rules/try-scenarios").then().statusCode(200).body("scenarios.scenarios.find { it.file == 'new.json' }.passed", equalTo(true));
        analyst().contentType(ContentType.JSON).body(Map.of("files", List.of(edited))).post("/rules/validate").then()
                .statusCode(200).body("valid", equalTo(true));
    }
}

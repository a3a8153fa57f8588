package dev.partnertier.security;

import static dev.partnertier.security.Callers.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The probe and its kin, posted to POST /rules/validate as an analyst would: compiled and reported, never
 * run. ({@code PostedRulesAreNeverRunTest} shows, without HTTP, that each probe does leave its trace when run.)
 */
@QuarkusTest
class PostedRulesNeverRunTest {

    @Test
    void noPostedProbeLeavesATrace() {
        PostedRuleProbes probes = new PostedRuleProbes();
        for (Map.Entry<String, String> probe : probes.files().entrySet()) {
            analyst().contentType(ContentType.JSON)
                    .body(Map.of("files", List.of(Map.of("path", probe.getKey() + ".drl", "content", probe.getValue()))))
                    .post("/rules/validate").then().statusCode(200)
                    .body("valid", equalTo(!PostedRuleProbes.refused(probe.getKey())));
        }
        assertThat(probes.traces()).as("files written by posted rules").isEmpty();
    }
}

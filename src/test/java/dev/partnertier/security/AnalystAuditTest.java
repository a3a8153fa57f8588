package dev.partnertier.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnertier.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Compiling posted rules leaves one audit line: who, where, which candidate, the outcome; never the rule text. */
@QuarkusTest
class AnalystAuditTest {

    @Test
    void aValidationIsAuditedWithTheSubjectAndTheCandidateVersionButNotTheText() {
        String secretText = "package rules;\n// a comment only its author should read\n";
        try (LogCapture audit = LogCapture.of("partner-tier.audit")) {
            String version = given().auth().oauth2(Tokens.sign(Tokens.claims("ana.analyst", Roles.ANALYST)))
                    .contentType(ContentType.JSON)
                    .body(Map.of("files", List.of(Map.of("path", "notes.drl", "content", secretText))))
                    .post("/rules/validate").then().statusCode(200).extract().path("version");

            assertThat(audit.lines()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("audit subject=ana.analyst endpoint=\"POST /rules/validate\" candidateVersion=" + version)
                    .contains("files=notes.drl", "outcome=valid")
                    .doesNotContain("comment", "package"));
        }
    }

    @Test
    void aCallThatWouldCompileRulesRefusedForItsRoleIsAuditedAsDenied() {
        try (LogCapture audit = LogCapture.of("partner-tier.audit")) {
            given().auth().oauth2(Tokens.portal()).contentType(ContentType.JSON)
                    .body(Map.of("files", List.of(Map.of("path", "notes.drl", "content", "package rules;\n"))))
                    .post("/rules/validate").then().statusCode(403);
            given().auth().oauth2(Tokens.portal()).get("/rules").then().statusCode(403); // reading rules compiles nothing

            assertThat(audit.lines()).containsExactly(
                    "audit subject=portal-client endpoint=\"POST /rules/validate\" outcome=\"denied: the token lacks the role analyst\"");
        }
    }
}

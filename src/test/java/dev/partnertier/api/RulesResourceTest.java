package dev.partnertier.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static dev.partnertier.security.Callers.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.partnertier.security.Callers.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.partnertier.testing.RulesCopy;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** GET /rules, POST /rules/validate and POST /rules/test on the seed rules. */
@QuarkusTest
class RulesResourceTest {

    @Test
    void theActiveRulesAreListedWithFilesLinesAndDescriptions() throws IOException {
        String version = portal().contentType(ContentType.JSON).body("{\"partnerId\":\"p\",\"market\":\"MATURE\"}")
                .post("/evaluate").then().extract().path("rulesVersion");

        analyst().get("/rules").then().statusCode(200)
                .body("version", equalTo(version))
                .body("loadedAt", notNullValue())
                .body("reloadEnabled", equalTo(true))
                .body("files.path", hasItems("customers.drl", "workloads.drl", "entitlements.drl", "individuals.drl",
                        "performance.drl", "exams.drl", "tier.drl"))
                .body("files.sha256", everyItem(matchesPattern("[0-9a-f]{64}")))
                .body("rules", hasSize(RulesCopy.ruleCount()))
                .body("rules.find { it.name == 'A trial workload does not count' }.file", equalTo("workloads.drl"))
                .body("rules.find { it.name == 'A trial workload does not count' }.line", greaterThan(0))
                .body("rules.find { it.name == 'A trial workload does not count' }.description",
                        startsWith("Trial SKUs are not included in the performance figures."))
                .body("warnings", empty())
                .body("lastReloadError", nullValue());
    }

    @Test
    void validatingABrokenFileAnswersWithItsErrorsAndChangesNothing() throws IOException {
        String before = analyst().get("/rules").then().extract().path("version");
        String broken = Files.readString(RulesCopy.SEED.resolve("exams.drl")).replace("Partner()\nthen", "Partner(\nthen");

        analyst().contentType(ContentType.JSON)
                .body(Map.of("files", List.of(Map.of("path", "exams.drl", "content", broken))))
                .post("/rules/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors[0].file", equalTo("exams.drl"))
                .body("errors[0].line", greaterThan(0))
                .body("errors[0].column", greaterThan(0))
                .body("errors[0].message", notNullValue());

        analyst().get("/rules").then().body("version", equalTo(before));
    }

    @Test
    void tooManyFilesAndTooLongANameAreSaidInTheirOwnWords() {
        List<Map<String, String>> files = IntStream.range(0, 51)
                .mapToObj(i -> Map.of("path", "f" + i + ".drl", "content", "package rules;")).toList();
        analyst().contentType(ContentType.JSON).body(Map.of("files", files))
                .post("/rules/validate").then().statusCode(400)
                .body("errors.find { it.field == 'files' }.message", equalTo("has 51 entries; at most 50 are accepted"));
        analyst().contentType(ContentType.JSON)
                .body(Map.of("files", List.of(Map.of("path", "a".repeat(201) + ".drl", "content", "package rules;"))))
                .post("/rules/validate").then().statusCode(400)
                .body("errors.find { it.field == 'files[0].path' }.message", equalTo("must be at most 200 characters long"));
    }

    @Test
    void validatingAGoodEditSaysSo() throws IOException {
        String seed = Files.readString(RulesCopy.SEED.resolve("exams.drl"));
        String edited = RulesCopy.withThreshold(seed, "Gold exam threshold", "3");
        assertThat(edited).isNotEqualTo(seed);

        analyst().contentType(ContentType.JSON)
                .body(Map.of("files", List.of(Map.of("path", "exams.drl", "content", edited))))
                .post("/rules/validate").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("rules", equalTo(RulesCopy.ruleCount()))
                .body("errors", empty());
    }

    @Test
    void aPostedFileWithAByteOrderMarkIsReadAsTheFolderReadsIt() throws IOException {
        String korean = Files.readString(RulesCopy.SEED.resolve("messages_ko.properties"));

        analyst().contentType(ContentType.JSON)
                .body(Map.of("files", List.of(Map.of("path", "messages_ko.properties", "content", "\uFEFF" + korean))))
                .post("/rules/validate").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("errors", empty());
    }

    @Test
    void aValidateRequestWithoutFilesOrWithABadPathIsA400() {
        analyst().contentType(ContentType.JSON).body("{\"files\": []}").post("/rules/validate").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("files"));
        analyst().contentType(ContentType.JSON)
                .body(Map.of("files", List.of(Map.of("path", "../etc/passwd", "content", ""))))
                .post("/rules/validate").then()
                .statusCode(400).body("errors.field", hasItem("files[0].path"));
        analyst().contentType(ContentType.JSON).body("{}").post("/rules/validate").then()
                .statusCode(400).body("errors.field", hasItem("files"));
        analyst().contentType(ContentType.JSON)
                .body(Map.of("files", List.of(Map.of("path", "performance.drl", "content", ""), Map.of("path", "performance.drl", "content", ""))))
                .post("/rules/validate").then()
                .statusCode(400).body("errors[0].field", equalTo("files[1].path"))
                .body("errors[0].message", equalTo("duplicate path performance.drl, first given at files[0].path"));
    }

    @Test
    void theFolderScenariosPassOnTheRunningService() throws IOException {
        analyst().contentType(ContentType.JSON).post("/rules/test").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("rules", equalTo(RulesCopy.ruleCount()))
                .body("errors", empty())
                .body("scenarios.failed", equalTo(0))
                .body("scenarios.passed", greaterThan(25))
                .body("scenarios.rulesTotal", equalTo(RulesCopy.ruleCount()))
                .body("scenarios.coverageCounted", equalTo(true))
                .body("scenarios.rulesNeverFired", empty());
    }

    @Test
    void theScenarioFilesAreListedAndReadByNameOnly() throws IOException {
        analyst().get("/rules/scenario-files").then().statusCode(200)
                .body("dir", equalTo(RulesCopy.SEED.resolve("scenarios").toAbsolutePath().normalize().toString()))
                .body("files", hasItems("tier.json", "performance.json"))
                .body("files", not(hasItem(containsString("/"))));
        analyst().get("/rules/scenario-files/tier.json").then().statusCode(200).contentType(containsString("text/plain"))
                .body(equalTo(Files.readString(RulesCopy.SEED.resolve("scenarios/tier.json"))));
        analyst().get("/rules/scenario-files/nothing.json").then().statusCode(404).contentType("application/problem+json");
        analyst().urlEncodingEnabled(false).get("/rules/scenario-files/..%2Fperformance.drl").then().statusCode(404);
        analyst().get("/rules/scenario-files/README.md").then().statusCode(404);
    }

    @Test
    void anEmptyArrayOfScenariosIsA400NotAPass() {
        analyst().contentType(ContentType.JSON).body("[]").post("/rules/test").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", containsString("no scenario"));
        analyst().contentType(ContentType.JSON).header("Accept-Language", "ko").body("[ ]").post("/rules/test").then()
                .statusCode(400).body("errors[0].message", containsString("시나리오가 없습니다"));
    }

    @Test
    void aPostedScenarioIsRunAndItsFailureExplained() {
        analyst().contentType(ContentType.JSON).body("""
                {"name": "Expects too much",
                 "request": {"partnerId": "p", "market": "EMERGING",
                             "customers": [{"tenantId": "t", "associations": ["PARTNER_OF_RECORD"],
                                            "workloads": [{"workload": "YAMMER", "activeUsers": 1000}]}],
                             "individuals": [{"id": "a", "certifications": ["MCSA_OFFICE_365"]}]},
                 "expect": {"tier": "GOLD"}}
                """).post("/rules/test").then().statusCode(200)
                .body("scenarios.failed", equalTo(1))
                .body("scenarios.scenarios[0].name", equalTo("Expects too much"))
                .body("scenarios.scenarios[0].mismatches[0].what", equalTo("tier"))
                .body("scenarios.scenarios[0].mismatches[0].expected", equalTo("GOLD"))
                .body("scenarios.scenarios[0].mismatches[0].actual", equalTo("SILVER"))
                .body("scenarios.rulesNeverFired.name", hasItem(containsString("Gold")));
    }
}

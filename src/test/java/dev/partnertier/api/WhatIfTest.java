package dev.partnertier.api;

import static dev.partnertier.security.Callers.analyst;
import static dev.partnertier.security.Callers.portal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnertier.testing.LogCapture;
import dev.partnertier.testing.RulesCopy;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** {@code POST /rules/simulate} and {@code POST /rules/try}: the effect of an edit, before it goes live. */
@QuarkusTest
class WhatIfTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOLD = "Gold performance threshold in every market";

    /** performance.drl with Gold raised from 4,000 to 4,500, as the analyst would post it. */
    static Map<String, String> goldAt(String threshold) throws IOException {
        String seed = Files.readString(RulesCopy.SEED.resolve("performance.drl"));
        String edited = RulesCopy.withThreshold(seed, GOLD, threshold);
        assertThat(edited).isNotEqualTo(seed);
        return Map.of("path", "performance.drl", "content", edited);
    }

    static List<JsonNode> portfolio() throws IOException {
        List<JsonNode> partners = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples", "what-if"))) {
            for (Path file : files.sorted().toList()) {
                partners.add(JSON.readTree(file.toFile()));
            }
        }
        return partners;
    }

    @Test
    void raisingGoldTo4500MovesOnePartnerToSilverAndNothingGoesLive() throws IOException {
        String before = analyst().get("/rules").then().extract().path("version");
        try (LogCapture audit = LogCapture.of("partner-tier.audit")) {
            analyst().contentType(ContentType.JSON).body(Map.of("files", List.of(goldAt("4500")), "partners", portfolio()))
                    .post("/rules/simulate").then().statusCode(200)
                    .body("activeVersion", equalTo(before))
                    .body("candidateVersion", not(equalTo(before)))
                    .body("errors", empty())
                    .body("changed", hasSize(1))
                    .body("changed[0].partnerId", equalTo("fourth-coffee"))
                    .body("changed[0].from", equalTo("GOLD"))
                    .body("changed[0].to", equalTo("SILVER"))
                    .body("changed[0].requirements", hasSize(1))
                    .body("changed[0].requirements[0].level", equalTo("GOLD"))
                    .body("changed[0].requirements[0].requirement", equalTo("performance"))
                    .body("changed[0].requirements[0].before.met", equalTo(true))
                    .body("changed[0].requirements[0].before.actual", equalTo(4200))
                    .body("changed[0].requirements[0].before.required", equalTo(4000))
                    .body("changed[0].requirements[0].after.met", equalTo(false))
                    .body("changed[0].requirements[0].after.required", equalTo(4500))
                    .body("unchanged", equalTo(2))
                    .body("shifted.partnerId", contains("litware", "tailspin")) // they keep their tier; Gold's threshold moved
                    .body("shifted[1].requirements[0].after.required", equalTo(4500))
                    .body("invalid", empty());
            assertThat(audit.lines()).singleElement().satisfies(line -> assertThat(line)
                    .contains("endpoint=\"POST /rules/simulate\"", "files=performance.drl", "outcome=\"simulated changed=1 unchanged=2 invalid=0 failed=0\""));
        }
        analyst().get("/rules").then().body("version", equalTo(before));
        portal().contentType(ContentType.JSON).body(Files.readString(Path.of("examples", "what-if", "fourth-coffee.json")))
                .post("/evaluate").then().statusCode(200).body("tier", equalTo("GOLD")).body("rulesVersion", equalTo(before));
    }

    @Test
    void aPortfolioStreamsAsNdjson() throws IOException {
        StringBuilder body = new StringBuilder(JSON.writeValueAsString(Map.of("files", List.of(goldAt("4500"))))).append('\n');
        for (JsonNode partner : portfolio()) {
            body.append(JSON.writeValueAsString(partner)).append('\n');
        }
        body.append("{\"partnerId\": \"broken\", \"market\": \"MOON\"}\n");
        String answer;
        try (LogCapture audit = LogCapture.of("partner-tier.audit")) {
            answer = analyst().contentType(BatchResource.NDJSON).body(body.toString().getBytes(StandardCharsets.UTF_8))
                    .post("/rules/simulate").then().statusCode(200).contentType(startsWith(BatchResource.NDJSON)).extract().asString();
            assertThat(audit.lines()).singleElement().satisfies(line -> assertThat(line)
                    .contains("endpoint=\"POST /rules/simulate\"", "outcome=\"simulated changed=1 unchanged=2 invalid=1 failed=0\""));
        }
        List<JsonNode> lines = answer.lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new AssertionError(line, e);
            }
        }).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("errors")).isEmpty();
        assertThat(lines.get(0).get("candidateVersion").asText()).isNotEqualTo(lines.get(0).get("activeVersion").asText());
        assertThat(lines.get(1).get("partnerId").asText()).isEqualTo("fourth-coffee");
        assertThat(lines.get(1).get("to").asText()).isEqualTo("SILVER");
        assertThat(lines.get(2).get("index").asInt()).isEqualTo(3);
        assertThat(lines.get(2).at("/errors/0/field").asText()).isEqualTo("market");
        assertThat(lines.get(3).toString()).isEqualTo("{\"changed\":1,\"unchanged\":2,\"shifted\":2,\"invalid\":1,\"failed\":0}");
    }

    @Test
    void aCandidateThatFailsOnAPartnerIsTheEditsDefectNotTheServices() throws IOException {
        Map<String, String> boom = Map.of("path", "boom.drl", "content", """
                package rules;
                import dev.partnertier.model.*;
                rule "An edit that throws"
                when
                    Partner()
                then
                    Integer.parseInt("boom");
                end
                """);
        try (LogCapture audit = LogCapture.of("partner-tier.audit")) {
            // The partners were read: the candidate failed on them, which is said with the rule and a hint, not as an
            // unreadable partner
            analyst().contentType(ContentType.JSON).body(Map.of("files", List.of(boom), "partners", portfolio()))
                    .post("/rules/simulate").then().statusCode(200)
                    .body("changed", empty())
                    .body("invalid", empty())
                    .body("failed", hasSize(3))
                    .body("failed.partnerId", contains("fourth-coffee", "litware", "tailspin"))
                    .body("failed[0].rules", equalTo("candidate"))
                    .body("failed[0].file", equalTo("boom.drl"))
                    .body("failed[0].line", equalTo(3))
                    .body("failed[0].message", startsWith("the rule \"An edit that throws\" (boom.drl, line 3) failed: "))
                    .body("failed[0].message", not(containsString("RuleOutcomeException")))
                    .body("failed[0].hint", containsString("The rule reads a text as a number"));
            assertThat(audit.lines()).singleElement().satisfies(line -> assertThat(line)
                    .contains("outcome=\"simulated changed=0 unchanged=0 invalid=0 failed=3\""));
        }
        String ndjson = JSON.writeValueAsString(Map.of("files", List.of(boom))) + "\n" + JSON.writeValueAsString(portfolio().get(0)) + "\n";
        List<String> lines = analyst().contentType(BatchResource.NDJSON).header("Accept-Language", "ko")
                .body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/rules/simulate").then().statusCode(200).extract().asString().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode failed = JSON.readTree(lines.get(1));
        assertThat(failed.get("rules").asText()).isEqualTo("candidate");
        assertThat(failed.get("partnerId").asText()).isEqualTo("fourth-coffee");
        assertThat(failed.get("hint").asText()).contains("숫자");
        assertThat(lines.get(2)).isEqualTo("{\"changed\":0,\"unchanged\":0,\"shifted\":0,\"invalid\":0,\"failed\":1}");
        analyst().contentType(ContentType.JSON).body(Map.of("files", List.of(boom), "partner", portfolio().get(0)))
                .post("/rules/try").then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(Problem.CANDIDATE_FAILED))
                .body("detail", containsString("the rule \"An edit that throws\" (boom.drl, line 3) failed: For input string: "
                        + "\"boom\". The rule reads a text as a number")); // the hint reads apart from the failure
    }

    @Test
    void theScenariosRunOnTheEditsAndNothingGoesLive() throws IOException {
        String active = analyst().get("/rules").then().extract().path("version");
        try (LogCapture audit = LogCapture.of("partner-tier.audit")) {
            analyst().contentType(ContentType.JSON).body(Map.of("files", List.of(goldAt("4500"))))
                    .post("/rules/try-scenarios").then().statusCode(200)
                    .body("valid", equalTo(true))
                    .body("version", not(equalTo(active)))
                    .body("scenarios.failed", org.hamcrest.Matchers.greaterThan(0))
                    .body("scenarios.scenarios.findAll { !it.passed }.mismatches.flatten().what", hasItem("tier"));
            assertThat(audit.lines()).singleElement().satisfies(line -> assertThat(line)
                    .contains("endpoint=\"POST /rules/try-scenarios\"", "files=performance.drl", "outcome=\"tested passed="));
        }
        // the same scenarios pass on the active rules
        analyst().contentType(ContentType.JSON).post("/rules/test").then().statusCode(200).body("scenarios.failed", equalTo(0));
        analyst().get("/rules").then().body("version", equalTo(active));
    }

    @Test
    void editedScenarioFilesAreTriedWithTheEditInPlaceOfThoseOfTheSameName() throws IOException {
        String replaced = """
                {"name": "Replaced along with the edit", "request": {"partnerId": "p", "market": "MATURE"}, "expect": {"tier": "NONE"}}
                """;
        String added = """
                [{"name": "Added with the edit", "request": {"partnerId": "q", "market": "EMERGING"}, "expect": {"tier": "GOLD"}}]
                """;
        try (LogCapture audit = LogCapture.of("partner-tier.audit")) {
            analyst().contentType(ContentType.JSON).body(Map.of("files", List.of(goldAt("4500")),
                    "scenarios", List.of(Map.of("path", "tier.json", "content", replaced), Map.of("path", "zz-new.json", "content", added))))
                    .post("/rules/try-scenarios").then().statusCode(200)
                    .body("valid", equalTo(true))
                    .body("scenarios.scenarios.findAll { it.file == 'tier.json' }.name", contains("Replaced along with the edit"))
                    .body("scenarios.scenarios.find { it.name == 'Replaced along with the edit' }.passed", equalTo(true))
                    .body("scenarios.scenarios.find { it.name == 'Added with the edit' }.passed", equalTo(false))
                    .body("scenarios.scenarios.name", not(hasItem("Gold when Gold performance and two qualified individuals are met")));
            assertThat(audit.lines()).singleElement().satisfies(line -> assertThat(line)
                    .contains("files=performance.drl,scenarios/tier.json,scenarios/zz-new.json "));
        }
        analyst().contentType(ContentType.JSON).body(Map.of("files", List.of(goldAt("4500")),
                "scenarios", List.of(Map.of("path", "../rules/tier.json", "content", "{}"))))
                .post("/rules/try-scenarios").then().statusCode(400).body("errors.field", contains("scenarios[0].path"));
    }

    @Test
    void aWhatIfWithoutFilesIsA400NamingThem() {
        analyst().contentType(ContentType.JSON).body(Map.of("partners", List.of())).post("/rules/simulate").then()
                .statusCode(400).body("errors.field", hasItem("files"));
        analyst().contentType("application/x-ndjson").body("{}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/rules/simulate").then()
                .statusCode(400).body("errors.field", hasItem("files"));
        // a first line opening an array is no line of edited files (not a portfolio sent as NDJSON: that is the batch's)
        analyst().contentType("application/x-ndjson").body("[\n{}\n]\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/rules/simulate").then().statusCode(400)
                .body("errors[0].message", startsWith("the first line must be a JSON object with files"));
    }

    @Test
    void editedScenarioFilesAloneAreTriedOnTheActiveRules() throws IOException {
        String active = analyst().get("/rules").then().extract().path("version");
        String expectsGold = """
                {"name": "Edited to expect too much", "request": {"partnerId": "p", "market": "MATURE"}, "expect": {"tier": "GOLD"}}
                """;
        try (LogCapture audit = LogCapture.of("partner-tier.audit")) {
            analyst().contentType(ContentType.JSON).body(Map.of("scenarios", List.of(Map.of("path", "tier.json", "content", expectsGold))))
                    .post("/rules/try-scenarios").then().statusCode(200)
                    .body("valid", equalTo(true))
                    .body("version", equalTo(active))
                    .body("scenarios.failed", equalTo(1))
                    .body("scenarios.scenarios.find { !it.passed }.name", equalTo("Edited to expect too much"))
                    .body("scenarios.scenarios.findAll { it.file == 'tier.json' }.name", contains("Edited to expect too much"));
            assertThat(audit.lines()).singleElement().satisfies(line -> assertThat(line)
                    .contains("files=scenarios/tier.json ", "outcome=\"tested passed="));
        }
    }

    @Test
    void scenariosOnEditsThatDoNotCompileAnswerTheErrors() throws IOException {
        Map<String, String> broken = goldAt("4,500");
        analyst().contentType(ContentType.JSON).header("Accept-Language", "ko").body(Map.of("files", List.of(broken)))
                .post("/rules/try-scenarios").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors[0].file", equalTo("performance.drl"))
                .body("errors[0].hint", containsString("4500"))
                .body("scenarios", org.hamcrest.Matchers.nullValue());
        portal().contentType(ContentType.JSON).body(Map.of("files", List.of(broken))).post("/rules/try-scenarios").then().statusCode(403);
    }

    @Test
    void scenariosOnAnEditAReloadWouldRefuseAnswerWhyAsCheckRulesDoes() throws IOException {
        // compiles, runs, and would make a partner's YAMMER count as zero: refused on save, so refused here too
        String workloads = Files.readString(RulesCopy.SEED.resolve("workloads.drl"));
        assertThat(workloads).contains("\"YAMMER\"");
        analyst().contentType(ContentType.JSON)
                .body(Map.of("files", List.of(Map.of("path", "workloads.drl", "content", workloads.replace("\"YAMMER\"", "\"yammer\"")))))
                .post("/rules/try-scenarios").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors[0].file", equalTo("workloads.drl"))
                .body("errors[0].message", startsWith("the rules count the workload yammer, which no wording file names"))
                .body("errors[0].hint", startsWith("Codes are compared exactly"));
    }

    @Test
    void aCandidateThatDoesNotCompileSaysWhereAndDecidesNobody() throws IOException {
        analyst().contentType(ContentType.JSON).body(Map.of("files", List.of(goldAt("4,500")), "partners", portfolio()))
                .post("/rules/simulate").then().statusCode(200)
                .body("errors[0].file", equalTo("performance.drl"))
                .body("errors[0].hint", equalTo("Write numbers without separators: 4500, not 4,500."))
                .body("changed", empty())
                .body("unchanged", equalTo(0));
    }

    @Test
    void oneTriedPartnerIsAnsweredByTheCandidateOrTheActiveRules() throws IOException {
        JsonNode partner = portfolio().get(0);
        analyst().contentType(ContentType.JSON).body(Map.of("partner", partner)).post("/rules/try").then().statusCode(200)
                .body("candidate", equalTo(false))
                .body("answer.tier", equalTo("GOLD"));
        analyst().contentType(ContentType.JSON).header("Accept-Language", "ko").body(Map.of("files", List.of(goldAt("4500")), "partner", partner))
                .post("/rules/try").then().statusCode(200)
                .body("candidate", equalTo(true))
                .body("answer.tier", equalTo("SILVER"))
                .body("answer.gaps[0].missing[0].amount", equalTo(300))
                .body("answer.explanation[0]", startsWith("등급 SILVER"));
        analyst().contentType(ContentType.JSON).body(Map.of("files", List.of(goldAt("\"4500\"")), "partner", partner))
                .post("/rules/try").then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", startsWith("performance.drl:"))
                .body("ruleErrors[0].file", equalTo("performance.drl"))
                .body("ruleErrors[0].line", greaterThan(0))
                .body("ruleErrors[0].column", greaterThan(0))
                .body("ruleErrors[0].hint", equalTo("Write numbers without quotes: 4500, not \"4500\"."));
        analyst().contentType(ContentType.JSON).body(Map.of("partner", Map.of("partnerId", "p", "market", "MOON")))
                .post("/rules/try").then().statusCode(400).body("errors.field", contains("partner.market"));
    }

    @Test
    void onlyAnalystsMayRunCandidates() throws IOException {
        portal().contentType(ContentType.JSON).body(Map.of("files", List.of(goldAt("4500")), "partners", portfolio()))
                .post("/rules/simulate").then().statusCode(403);
        portal().contentType(ContentType.JSON).body(Map.of("partner", portfolio().get(0))).post("/rules/try").then().statusCode(403);
    }
}

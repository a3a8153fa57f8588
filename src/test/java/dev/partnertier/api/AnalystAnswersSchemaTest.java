package dev.partnertier.api;

import static dev.partnertier.security.Callers.analyst;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnertier.testing.RequiredProperties;
import dev.partnertier.testing.RulesCopy;
import dev.partnertier.testing.ThrowingRule;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The analysts' endpoints answer with every property their OpenAPI schemas list as {@code required}, down to the
 * nested ones (a compile error, a failed scenario's mismatch, a what-if's changed, shifted, invalid and failed
 * partners), so a client generated from the document can rely on them.
 */
@QuarkusTest
class AnalystAnswersSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document() throws IOException {
        return JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    /**
     * Checks an answer of an operation against the schema its 200 documents; returns the schemas whose required
     * properties were checked on a value in it.
     */
    private static Set<String> check(JsonNode doc, String method, String path, Response answer) throws IOException {
        String body = answer.then().statusCode(200).extract().asString();
        String pointer = "/paths/" + path.replace("/", "~1") + "/" + method + "/responses/200/content/application~1json/schema";
        JsonNode schema = doc.at(pointer);
        assertThat(schema.isMissingNode()).as(pointer).isFalse();
        return RequiredProperties.assertHeld(doc, schema, JSON.readTree(body), method + " " + path);
    }

    private static Map<String, Object> json(Object... pairs) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void rulesAndScenarioFilesHoldTheirRequiredProperties() throws IOException {
        JsonNode doc = document();

        // the view, its files, every rule and the scenarios' standing (lastReloadError is null: allowed, checked so)
        assertThat(check(doc, "get", "/rules", analyst().get("/rules"))).contains("RulesView", "RuleFileInfo", "RuleInfo", "ScenarioStanding");
        assertThat(check(doc, "get", "/rules/scenario-files", analyst().get("/rules/scenario-files"))).containsExactly("ScenarioFilesView");
    }

    @Test
    void validateAndTestHoldTheirRequiredPropertiesDownToErrorsAndMismatches() throws IOException {
        JsonNode doc = document();
        Map<String, Object> broken = json("path", "performance.drl", "content", "rule \"Unfinished\" when then");

        Set<String> validate = check(doc, "post", "/rules/validate",
                analyst().contentType(ContentType.JSON).body(json("files", List.of(broken))).post("/rules/validate"));

        assertThat(validate).as("the report and its errors").contains("RulesReport", "RuleProblem");
        JsonNode scenario = JSON.readTree(RulesCopy.SEED.resolve("scenarios/tier.json").toFile()).get(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) scenario.get("expect")).put("tier", "NONE"); // wrong on purpose
        Set<String> test = check(doc, "post", "/rules/test",
                analyst().contentType(ContentType.JSON).body(scenario.toString()).post("/rules/test"));
        assertThat(test).as("the report, its scenarios' report, a result and a mismatch")
                .contains("RulesReport", "ScenarioReport", "ScenarioResult", "Mismatch");
    }

    @Test
    void whatIfAnswersHoldTheirRequiredPropertiesDownToEveryKindOfPartner() throws IOException {
        JsonNode doc = document();
        List<Object> partners = new ArrayList<>(WhatIfTest.portfolio());
        partners.add(json("partnerId", "broken", "market", "MOON"));

        Set<String> raised = check(doc, "post", "/rules/simulate", analyst().contentType(ContentType.JSON)
                .body(json("files", List.of(WhatIfTest.goldAt("4500")), "partners", partners)).post("/rules/simulate"));
        Set<String> throwing = check(doc, "post", "/rules/simulate", analyst().contentType(ContentType.JSON)
                .body(json("files", List.of(json("path", ThrowingRule.FILE, "content", ThrowingRule.DRL)), "partners", WhatIfTest.portfolio()))
                .post("/rules/simulate"));
        Set<String> tried = check(doc, "post", "/rules/try", analyst().contentType(ContentType.JSON)
                .body(json("files", List.of(WhatIfTest.goldAt("4500")), "partner", WhatIfTest.portfolio().get(0))).post("/rules/try"));

        assertThat(raised).as("a changed partner, its requirements and outcomes, shifted ones, an invalid one and its error")
                .contains("SimulationReport", "PartnerChange", "RequirementChange", "Outcome", "PartnerShift", "InvalidPartner", "FieldMessage");
        assertThat(throwing).as("the partners the candidate failed on").contains("SimulationReport", "FailedPartner");
        assertThat(tried).as("the answer's own schemas too").contains("TryAnswer", "EvaluationResponse", "LevelView", "RequirementView");
    }
}

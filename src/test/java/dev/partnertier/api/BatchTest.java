package dev.partnertier.api;

import static dev.partnertier.security.Callers.analyst;
import static dev.partnertier.security.Callers.portal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** {@code POST /evaluate/batch}: a portfolio as a JSON array or an NDJSON stream, each partner answered on its own. */
@QuarkusTest
class BatchTest {

    /** A JSON array of these items, sent as bytes (rest-assured inspects String bodies, slowly for large ones). */
    private static ValidatableResponse postArray(String items) {
        return portal().contentType(ContentType.JSON).body(("[" + items + "]").getBytes(StandardCharsets.UTF_8))
                .post("/evaluate/batch").then();
    }

    static String partner(String id, String market, long activeUsers) {
        return """
                {"partnerId": "%s", "market": "%s",
                 "customers": [{"tenantId": "t-%s", "associations": ["DELEGATED_ADMIN"],
                                "workloads": [{"workload": "EXCHANGE_ONLINE", "activeUsers": %d}]}],
                 "individuals": [{"id": "i-%s", "exams": ["70-346", "70-347"]}, {"id": "j-%s", "certifications": ["MCSA_OFFICE_365"]}]}"""
                .formatted(id, market, id, activeUsers, id, id);
    }

    @Test
    void aBadPartnerInTheMiddleDoesNotSpoilTheOthers() {
        String batch = "[" + partner("a", "MATURE", 2500) + ",\n" + partner("b", "MOON", 2500) + ",\n" + partner("c", "EMERGING", 1200) + "]";
        portal().contentType(ContentType.JSON).body(batch).post("/evaluate/batch").then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("Content-Language", "en")
                .body("index", contains(0, 1, 2))
                .body("status", contains(200, 400, 200))
                .body("[0].result.partnerId", equalTo("a"))
                .body("[0].result.tier", equalTo("SILVER"))
                .body("[0].problem", nullValue())
                .body("[1].result", nullValue())
                .body("[1].problem.status", equalTo(400))
                .body("[1].problem.type", equalTo(Problem.INVALID_REQUEST))
                .body("[1].problem.errors.field", contains("market"))
                .body("[2].result.partnerId", equalTo("c"))
                .body("[2].result.tier", equalTo("SILVER"));
    }

    @Test
    void anNdjsonStreamOfAThousandPartnersAnswersAThousandLinesInOrder() throws Exception {
        String body = IntStream.range(0, 1000).mapToObj(i -> partner("p" + i, i % 2 == 0 ? "MATURE" : "EMERGING", 1000 + i * 5L)
                .replace("\n", "")).collect(Collectors.joining("\n", "", "\n"));
        Response response = portal().contentType(BatchResource.NDJSON).accept(BatchResource.NDJSON).body(body.getBytes(StandardCharsets.UTF_8)).post("/evaluate/batch");
        response.then().statusCode(200).contentType(startsWith(BatchResource.NDJSON));

        List<String> lines = response.asString().lines().toList();
        assertThat(lines).hasSize(1000);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode answer = json.readTree(lines.get(i));
            assertThat(answer.get("index").asInt()).isEqualTo(i);
            assertThat(answer.get("status").asInt()).isEqualTo(200);
            assertThat(answer.at("/result/partnerId").asText()).isEqualTo("p" + i);
            long users = 1000 + i * 5L;
            String expected = users >= 4000 ? "GOLD" : users >= (i % 2 == 0 ? 2000 : 1000) ? "SILVER" : "NONE";
            assertThat(answer.at("/result/tier").asText()).as("partner " + i).isEqualTo(expected);
        }
    }

    @Test
    void aPartnerWithAKeyGivenTwiceIsItsOwnProblemNamingTheKeyInAnArrayAndInNdjson() {
        String twice = partner("b", "MATURE", 2500).replace("\"tenantId\": \"t-b\"", "\"tenantId\": \"t-b\", \"tenantId\": \"u-b\"");
        String batch = "[" + partner("a", "MATURE", 2500) + ",\n" + twice + ",\n" + partner("c", "EMERGING", 1200) + "]";
        portal().contentType(ContentType.JSON).body(batch).post("/evaluate/batch").then()
                .statusCode(200)
                .body("status", contains(200, 400, 200))
                .body("[1].problem.errors.field", contains("customers[0].tenantId"))
                .body("[2].result.partnerId", equalTo("c"));

        String ndjson = Stream.of(partner("a", "MATURE", 2500), twice, partner("c", "EMERGING", 1200))
                .map(p -> p.replace("\n", "")).collect(Collectors.joining("\n", "", "\n"));
        List<String> lines = portal().contentType(BatchResource.NDJSON).body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/evaluate/batch").then().statusCode(200).extract().asString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("\"status\":400", "\"field\":\"customers[0].tenantId\"");
        assertThat(lines.get(2)).contains("\"status\":200", "\"partnerId\":\"c\"");
    }

    @Test
    void ndjsonLinesThatAreBlankAreSkippedAndABrokenLineIsOneProblem() {
        String body = partner("a", "MATURE", 100).replace("\n", "") + "\r\n\n{ not json\n" + partner("b", "MATURE", 5000).replace("\n", "");
        String answer = portal().contentType(BatchResource.NDJSON).body(body.getBytes(StandardCharsets.UTF_8)).post("/evaluate/batch").then().statusCode(200)
                .extract().asString();
        assertThat(answer.lines().toList()).hasSize(3);
        assertThat(answer.lines().toList().get(1)).contains("\"index\":1", "\"status\":400",
                "\"this partner is not valid JSON (line 1, column 3 of the partner)\"");
        assertThat(answer.lines().toList().get(2)).contains("\"index\":2", "\"status\":200", "\"tier\":\"GOLD\"");
    }

    @Test
    void anNdjsonPartnerWrittenOverSeveralLinesIsToldToKeepToOneLine() {
        // partner() spreads a partner over four lines: its first line opens an object the line does not close.
        String body = partner("a", "MATURE", 100) + "\n";
        String first = portal().contentType(BatchResource.NDJSON).body(body.getBytes(StandardCharsets.UTF_8)).post("/evaluate/batch")
                .then().statusCode(200).extract().asString().lines().findFirst().orElseThrow();
        assertThat(first).contains("\"index\":0", "\"status\":400",
                "the JSON of this partner ends with its line (line 1, column ", "NDJSON takes each partner whole on one line");
    }

    @Test
    void koreanIsAskedOnceForTheWholeBatch() {
        portal().contentType(ContentType.JSON).header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5")
                .body("[" + partner("a", "MATURE", 2500) + "," + partner("b", "MOON", 1) + "]").post("/evaluate/batch").then()
                .statusCode(200).header("Content-Language", "ko").header("Vary", "Accept-Language")
                .body("[0].result.explanation[0]", startsWith("등급 SILVER"))
                .body("[1].problem.title", equalTo("잘못된 요청"));
    }

    @Test
    void aBodyThatIsNotAnArrayIsA400() {
        portal().contentType(ContentType.JSON).body(partner("a", "MATURE", 1)).post("/evaluate/batch").then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("detail", startsWith("the body must be a JSON array"));
    }

    @Test
    void anItemThatIsNotAnObjectIsThatItemsProblemInAnArrayAndInNdjson() {
        String batch = "[[" + partner("a", "MATURE", 1) + "], 42, " + partner("c", "MATURE", 1) + "]";
        portal().contentType(ContentType.JSON).body(batch).post("/evaluate/batch").then().statusCode(200)
                .body("status", contains(400, 400, 200))
                .body("[0].problem.errors[0].message", equalTo("must be an object"))
                .body("[1].problem.errors[0].message", equalTo("must be an object"));
        String ndjson = "[" + partner("a", "MATURE", 1).replace("\n", "") + "]\n" + partner("b", "MATURE", 1).replace("\n", "") + "\n";
        String answer = portal().contentType(BatchResource.NDJSON).body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/evaluate/batch")
                .then().statusCode(200).extract().asString();
        assertThat(answer.lines().toList().get(0)).contains("\"status\":400", "\"message\":\"must be an object\"");
        assertThat(answer.lines().toList().get(1)).contains("\"status\":200");
    }

    @Test
    void aJsonArrayOverSeveralLinesSentAsNdjsonIsRefusedAsAWholeInTheCallersLanguage() throws Exception {
        String portfolio = Files.readString(Path.of("examples/portfolio.json"));
        assertThat(portfolio.lines().findFirst().orElseThrow().trim()).isEqualTo("[");

        portal().contentType(BatchResource.NDJSON).body(portfolio.getBytes(StandardCharsets.UTF_8)).post("/evaluate/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(""))
                .body("errors[0].message", startsWith("the body is a JSON array, sent as application/x-ndjson: send the array as application/json"));
        portal().contentType(BatchResource.NDJSON).header("Accept-Language", "ko").body("\n  [{\"partnerId\": \"a\",\n".getBytes(StandardCharsets.UTF_8))
                .post("/evaluate/batch").then().statusCode(400)
                .body("errors[0].message", startsWith("본문이 application/x-ndjson으로 보낸 JSON 배열입니다"));
        // the same portfolio as the JSON it is is answered
        portal().contentType(ContentType.JSON).body(portfolio).post("/evaluate/batch").then().statusCode(200);
    }

    @Test
    void anEmptyArrayIsAnEmptyAnswer() {
        portal().contentType(ContentType.JSON).body("[]").post("/evaluate/batch").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aBrokenArrayAnswersWhatItCouldReadAndWhereItBroke() {
        portal().contentType(ContentType.JSON).body("[" + partner("a", "MATURE", 2500) + ", {\"partnerId\": p}]").post("/evaluate/batch")
                .then().statusCode(200)
                .body("status", contains(200, 400))
                .body("[1].problem.detail", startsWith("the body is not valid JSON from here on"));
    }

    @Test
    void dataAfterTheArrayIsSaidAfterTheAnswers() {
        portal().contentType(ContentType.JSON).body("[" + partner("a", "MATURE", 2500) + "]\n" + partner("b", "MATURE", 2500))
                .post("/evaluate/batch")
                .then().statusCode(200)
                .body("status", contains(200, 400))
                .body("[1].problem.detail", startsWith("the body goes on after the array's closing bracket (line "))
                .body("[1].problem.detail", endsWith(", column 1): send all partners in one array"));
        portal().contentType(ContentType.JSON).body("[" + partner("a", "MATURE", 2500) + "] x").post("/evaluate/batch")
                .then().statusCode(200)
                .body("status", contains(200, 400))
                .body("[1].problem.detail", startsWith("the body goes on after the array's closing bracket (line "));
    }

    @Test
    void aValueOverTheReadersLimitsIsThatPartnersErrorAndTheArrayReadsOn() {
        String items = String.join(",",
                "{\"partnerId\":\"" + "x".repeat(1_000_001) + "\",\"market\":\"MATURE\"}",
                "{\"partnerId\":\"p\",\"market\":\"MATURE\",\"customers\":[{\"tenantId\":\"t\",\"workloads\":[{\"workload\":\"YAMMER\","
                        + "\"activeUsers\":" + "9".repeat(150) + "}]}]}",
                "{\"partnerId\":\"p\",\"market\":\"MATURE\",\"customers\":[{\"tenantId\":\"t\",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}]}",
                partner("d", "MATURE", 2500));
        postArray(items).statusCode(200)
                .body("status", contains(400, 400, 400, 200))
                .body("[0].problem.errors[0].field", equalTo("partnerId"))
                .body("[0].problem.errors[0].message", equalTo("is longer than 1,000,000 characters"))
                .body("[1].problem.errors[0].field", equalTo("customers[0].workloads[0].activeUsers"))
                .body("[1].problem.errors[0].message", equalTo("has more than 100 digits"))
                .body("[2].problem.errors.field", contains("customers[0]"))
                .body("[2].problem.errors.message", contains("is nested more than 32 levels deep"));
    }

    @Test
    void numbersAreCopiedAsWrittenAndLongKeysOrDeepNestingAreThatPartnersError() {
        String items = String.join(",",
                "{\"partnerId\":\"p\",\"market\":\"MATURE\",\"name\":1e400}", // not a text, however a copy would write it
                "{\"" + "z".repeat(60_000) + "\":1}",
                "{\"partnerId\":\"p\",\"market\":\"MATURE\",\"customers\":[{\"tenantId\":\"t\",\"x\":" + "[".repeat(990) + "]".repeat(990) + "}]}", // 993 levels in all: within Jackson's 1,000
                partner("d", "MATURE", 2500));
        postArray(items).statusCode(200)
                .body("status", contains(400, 400, 400, 200))
                .body("[0].problem.errors[0].field", equalTo("name"))
                .body("[0].problem.errors[0].message", equalTo("must be a string"))
                .body("[1].problem.detail", equalTo("a field name is longer than 50,000 characters"))
                .body("[2].problem.errors.field", contains("customers[0]"))
                .body("[2].problem.errors.message", contains("is nested more than 32 levels deep"));
    }

    @Test
    void nestingPastWhatTheArrayReadsEndsItThere() {
        String items = "{\"partnerId\":\"p\",\"market\":\"MATURE\",\"name\":" + "[".repeat(1_000) + "]".repeat(1_000) + "},"
                + partner("b", "MATURE", 2500);
        postArray(items).statusCode(200)
                .body("status", contains(400))
                .body("[0].problem.detail", equalTo("this partner is nested more than 1,000 levels deep: no more partners could be read"));
    }

    @Test
    void anNdjsonLineThatGoesOnAfterThePartnerIsThatLinesError() {
        String body = "{\"partnerId\":\"p\",\"market\":\"MATURE\"} {\"x\":1}\n" + partner("b", "MATURE", 2500).replace("\n", "") + "\n";
        List<String> lines = portal().contentType(BatchResource.NDJSON).body(body.getBytes(StandardCharsets.UTF_8))
                .post("/evaluate/batch").then().statusCode(200).extract().asString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"status\":400",
                "the line goes on after the partner's closing brace (column 37): NDJSON takes one partner per line");
        assertThat(lines.get(1)).contains("\"status\":200");
    }

    @Test
    void aTextOrAKeyLongerThanAPartnerMayBeEndsTheArrayThere() {
        for (String item : List.of("{\"partnerId\":\"" + "x".repeat(2_000_000) + "\",\"market\":\"MATURE\"}",
                "{\"" + "k".repeat(1_100_000) + "\":1}")) {
            postArray(item + "," + partner("b", "MATURE", 2500)).statusCode(200)
                    .body("status", contains(413))
                    .body("[0].problem.detail", startsWith("this partner holds a text, a number or a key longer than 1,048,576 bytes"));
        }
    }

    @Test
    void anArrayCutOffAnswersWhatItCouldReadAndSaysItEndedEarly() {
        portal().contentType(ContentType.JSON).body("[" + partner("a", "MATURE", 2500) + ", {\"partnerId\": ").post("/evaluate/batch")
                .then().statusCode(200)
                .body("status", contains(200, 400))
                .body("[1].problem.detail", startsWith("the JSON ends before it is complete (line "))
                .body("[1].problem.detail", endsWith("no more partners could be read"));
    }

    @Test
    void onlyThePortalRoleMayRunABatch() {
        analyst().contentType(ContentType.JSON).body("[]").post("/evaluate/batch").then().statusCode(403);
        io.restassured.RestAssured.given().contentType(ContentType.JSON).body("[]").post("/evaluate/batch").then()
                .statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void otherMediaTypesAreRefused() {
        portal().contentType(ContentType.TEXT).body("x").post("/evaluate/batch").then().statusCode(415)
                .contentType(Problem.MEDIA_TYPE).body("status", equalTo(415))
                .body("detail", equalTo("Send the request body as application/json, or as application/x-ndjson (one JSON object per line)."));
        portal().contentType(ContentType.TEXT).body("x").post("/evaluate").then().statusCode(415)
                .body("detail", equalTo("Send the request body as application/json."));
    }

    @Test
    void anAcceptThatExcludesTheBodysTypeIs406SayingTheAnswerTakesTheBodysType() {
        String asSent = "This path answers in the type of the request body: a JSON array with application/json, NDJSON with "
                + "application/x-ndjson; accept that type.";
        portal().contentType(BatchResource.NDJSON).accept(ContentType.JSON).body((partner("n", "MATURE", 1) + "\n").getBytes(StandardCharsets.UTF_8))
                .post("/evaluate/batch").then().statusCode(406).contentType(Problem.MEDIA_TYPE).body("detail", equalTo(asSent));
        portal().contentType(ContentType.JSON).accept(BatchResource.NDJSON).body("[" + partner("n", "MATURE", 1) + "]")
                .post("/evaluate/batch").then().statusCode(406).body("detail", equalTo(asSent));
        portal().contentType(ContentType.JSON).accept("text/csv").body("{\"partnerId\":\"p\",\"market\":\"MATURE\"}")
                .post("/evaluate").then().statusCode(406).body("detail", equalTo("This path answers with application/json only; accept it."));
    }

    @Test
    void theDecisionsAreCountedInTheMetrics() {
        portal().contentType(ContentType.JSON).body("[" + partner("m", "MATURE", 4500) + "]").post("/evaluate/batch").then()
                .statusCode(200).body("[0].result.tier", equalTo("GOLD"));
        dev.partnertier.security.Management.management().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("partner_tier_evaluations_total{outcome=\"decided\",tier=\"GOLD\"}"));
    }
}

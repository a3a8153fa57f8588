package dev.partnertier.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static dev.partnertier.security.Callers.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The HTTP contract of POST /evaluate. */
@QuarkusTest
class EvaluateResourceTest {

    static String example(String name) throws IOException {
        return Files.readString(Path.of("examples", name));
    }

    static ValidatableResponse post(String body) {
        return portal().contentType(ContentType.JSON).body(body).when().post("/evaluate").then();
    }

    static ValidatableResponse rejected(String body) {
        return post(body).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(Problem.INVALID_REQUEST))
                .body("status", equalTo(400))
                .body("requestId", notNullValue())
                .body("$", not(hasKey("stackTrace")))
                .body(not(containsString("java.")))
                .body(not(containsString("Exception")));
    }

    @Test
    void theReadmeExampleIsSilverAndSaysWhy() throws IOException {
        post(example("silver-partner.json"))
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("partnerId", equalTo("contoso-msp"))
                .body("tier", equalTo("SILVER"))
                .body("market", equalTo("MATURE"))
                .body("activeEntitlements", equalTo(2150))
                .body("qualifiedIndividuals", equalTo(1))
                .body("explanation[0]", startsWith("Tier SILVER"))
                .body("explanation", hasItem("Silver performance met: 2,150 active entitlements, 2,000 required in a mature market"))
                .body("levels.level", equalTo(java.util.List.of("SILVER", "GOLD")))
                .body("levels[0].met", equalTo(true))
                .body("levels[0].requirements.id", equalTo(java.util.List.of("performance", "exams")))
                .body("levels[0].requirements[0].actual", equalTo(2150))
                .body("levels[0].requirements[0].required", equalTo(2000))
                .body("levels[1].met", equalTo(false))
                .body("levels[1].requirements[0].met", equalTo(false))
                .body("levels[1].requirements[0].explanation", equalTo("Gold performance not met: 2,150 active entitlements, 4,000 required in every market"))
                .body("excluded.reason", hasItems("NOT_ASSOCIATED", "TRIAL", "WORKLOAD_NOT_ELIGIBLE", "MISSING_EXAM"))
                .body("excluded.find { it.reason == 'TRIAL' }.workload", equalTo("YAMMER"))
                .body("excluded.find { it.reason == 'TRIAL' }.tenantId", equalTo("fabrikam.onmicrosoft.com"))
                .body("excluded.find { it.reason == 'MISSING_EXAM' }.individualId", equalTo("emp-002"))
                .body("excluded.find { it.reason == 'MISSING_EXAM' }.explanation", containsString("70-347"))
                .body("qualifications[0].individualId", equalTo("emp-001"))
                .body("firedRules.name", hasItem("The tier is Silver when Silver is met and Gold is not"))
                .body("firedRules.file", everyItem(matchesPattern("[a-z-]+\\.drl")))
                .body("rulesVersion", matchesPattern("[0-9a-f]{16}"));
    }

    @Test
    void theGoldExampleIsGold() throws IOException {
        post(example("gold-partner.json"))
                .statusCode(200)
                .body("tier", equalTo("GOLD"))
                .body("activeEntitlements", equalTo(4000))
                .body("qualifiedIndividuals", equalTo(2))
                .body("excluded", hasSize(0));
    }

    @Test
    void listsMayBeLeftOutAndTrialDefaultsToPaid() {
        post("""
                {"partnerId":"p","market":"EMERGING","customers":[{"tenantId":"t","associations":["DELEGATED_ADMIN"],
                 "workloads":[{"workload":"EXCHANGE_ONLINE","activeUsers":1000}]}]}
                """)
                .statusCode(200)
                .body("activeEntitlements", equalTo(1000))
                .body("qualifiedIndividuals", equalTo(0))
                .body("tier", equalTo("NONE"))
                .body("name", nullValue());
    }

    @Test
    void theCallersRequestIdIsEchoedAndANewOneIsMadeOtherwise() {
        portal().contentType(ContentType.JSON).header("X-Request-Id", "portal-42").body("{}")
                .when().post("/evaluate")
                .then().statusCode(400).header("X-Request-Id", "portal-42").body("requestId", equalTo("portal-42"));
        portal().contentType(ContentType.JSON).body("{}")
                .when().post("/evaluate")
                .then().statusCode(400).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing partnerId            | {"market":"MATURE"}                                                    | partnerId
            blank partnerId              | {"partnerId":" ","market":"MATURE"}                                    | partnerId
            missing market               | {"partnerId":"p"}                                                      | market
            unknown market               | {"partnerId":"p","market":"MARS"}                                      | market
            missing tenantId             | {"partnerId":"p","market":"MATURE","customers":[{"associations":[]}]}  | customers[0].tenantId
            missing workload name        | {"partnerId":"p","market":"MATURE","customers":[{"tenantId":"t","workloads":[{"activeUsers":1}]}]} | customers[0].workloads[0].workload
            missing activeUsers          | {"partnerId":"p","market":"MATURE","customers":[{"tenantId":"t","workloads":[{"workload":"YAMMER"}]}]} | customers[0].workloads[0].activeUsers
            negative activeUsers         | {"partnerId":"p","market":"MATURE","customers":[{"tenantId":"t","workloads":[{"workload":"YAMMER","activeUsers":-1}]}]} | customers[0].workloads[0].activeUsers
            fractional activeUsers       | {"partnerId":"p","market":"MATURE","customers":[{"tenantId":"t","workloads":[{"workload":"YAMMER","activeUsers":12.5}]}]} | customers[0].workloads[0].activeUsers
            activeUsers as a string      | {"partnerId":"p","market":"MATURE","customers":[{"tenantId":"t","workloads":[{"workload":"YAMMER","activeUsers":"12"}]}]} | customers[0].workloads[0].activeUsers
            trial as a string            | {"partnerId":"p","market":"MATURE","customers":[{"tenantId":"t","workloads":[{"workload":"YAMMER","activeUsers":1,"trial":"false"}]}]} | customers[0].workloads[0].trial
            trial as null                | {"partnerId":"p","market":"MATURE","customers":[{"tenantId":"t","workloads":[{"workload":"YAMMER","activeUsers":1,"trial":null}]}]} | customers[0].workloads[0].trial
            misspelt trial               | {"partnerId":"p","market":"MATURE","customers":[{"tenantId":"t","workloads":[{"workload":"YAMMER","activeUsers":1,"trail":true}]}]} | customers[0].workloads[0].trail
            duplicate tenantId           | {"partnerId":"p","market":"MATURE","customers":[{"tenantId":"t"},{"tenantId":"u"},{"tenantId":"t"}]} | customers[2].tenantId
            duplicate individual id      | {"partnerId":"p","market":"MATURE","individuals":[{"id":"a"},{"id":"a"}]} | individuals[1].id
            tenantId in other case       | {"partnerId":"p","market":"MATURE","customers":[{"tenantId":"t.onmicrosoft.com"},{"tenantId":"T.onmicrosoft.com"}]} | customers[1].tenantId
            individual id with a space   | {"partnerId":"p","market":"MATURE","individuals":[{"id":"a"},{"id":"a "}]} | individuals[1].id
            missing individual id        | {"partnerId":"p","market":"MATURE","individuals":[{"name":"Ann"}]}       | individuals[0].id
            """)
    void aBadRequestIsA400NamingTheField(String what, String body, String field) {
        rejected(body).body("errors.field", hasItem(field));
    }

    @Test
    void malformedJsonIsA400() {
        rejected("{\"partnerId\": p}").body("errors[0].message", equalTo("the body is not valid JSON (line 1, column 15)"));
    }

    @Test
    void aBodyCutOffIsA400SayingItEndedEarly() {
        rejected("{\"partnerId\": \"p\", ").body("errors[0].message",
                equalTo("the JSON ends before it is complete (line 1, column 20): a closing brace or bracket is missing, or the text was cut off"));
        rejected("{\"partnerId\": \"p\", \"customers\": [{\"tenantId\": \"t\"").body("errors[0].message",
                startsWith("the JSON ends before it is complete (line 1, column "));
    }

    @Test
    void anEmptyBodyIsA400() {
        rejected("");
    }

    @Test
    void theUnknownMarketErrorListsTheMarkets() {
        rejected("{\"partnerId\":\"p\",\"market\":\"MARS\"}")
                .body("errors[0].message", equalTo("must be one of MATURE, EMERGING"));
    }

    @Test
    void everyFieldAtFaultIsReportedAtOnce() {
        rejected("""
                {"partnerId":"","market":"MATURE","customers":[{"tenantId":"t","workloads":[{"workload":"","activeUsers":-5}]}]}
                """)
                .body("errors.field", hasItems("partnerId", "customers[0].workloads[0].workload", "customers[0].workloads[0].activeUsers"))
                .body("detail", equalTo("3 fields are invalid; see errors."));
    }
}

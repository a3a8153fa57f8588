package dev.partnertier.api;

import static dev.partnertier.api.EvaluateResourceTest.rejected;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static dev.partnertier.security.Callers.analyst;
import static dev.partnertier.security.Callers.portal;
import static dev.partnertier.testing.RawHttp.exchange;

import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Each kind of malformed or hostile request gets a precise 4xx problem, never a 5xx. */
@QuarkusTest
class BadInputTest {

    private static final String HEAD = "{\"partnerId\":\"p\",\"market\":\"MATURE\",";

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("requestId", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            null customer                    | "customers":[null]}                                                                  | customers[0]
            null workload                    | "customers":[{"tenantId":"t","workloads":[null]}]}                                   | customers[0].workloads[0]
            null association                 | "customers":[{"tenantId":"t","associations":[null]}]}                                | customers[0].associations[0]
            null individual                  | "individuals":[null]}                                                                | individuals[0]
            null exam                        | "individuals":[{"id":"a","exams":["70-346",null]}]}                                  | individuals[0].exams[1]
            duplicate workload of a customer | "customers":[{"tenantId":"t","workloads":[{"workload":"YAMMER","activeUsers":1},{"workload":"YAMMER","activeUsers":2}]}]} | customers[0].workloads[1].workload
            duplicate trial of a customer    | "customers":[{"tenantId":"t","workloads":[{"workload":"YAMMER","activeUsers":1,"trial":true},{"workload":"YAMMER","activeUsers":2,"trial":true}]}]} | customers[0].workloads[1].workload
            unknown top-level field          | "customerz":[]}                                                                      | customerz
            unknown customer field           | "customers":[{"tenantId":"t","association":["DELEGATED_ADMIN"]}]}                    | customers[0].association
            unknown individual field         | "individuals":[{"id":"a","exam":["70-346"]}]}                                        | individuals[0].exam
            number beyond long               | "customers":[{"tenantId":"t","workloads":[{"workload":"YAMMER","activeUsers":123456789012345678901234567890}]}]} | customers[0].workloads[0].activeUsers
            number above the bound           | "customers":[{"tenantId":"t","workloads":[{"workload":"YAMMER","activeUsers":100000001}]}]} | customers[0].workloads[0].activeUsers
            exponent number                  | "customers":[{"tenantId":"t","workloads":[{"workload":"YAMMER","activeUsers":1e3}]}]} | customers[0].workloads[0].activeUsers
            boolean as a count               | "customers":[{"tenantId":"t","workloads":[{"workload":"YAMMER","activeUsers":true}]}]} | customers[0].workloads[0].activeUsers
            trial as a number                | "customers":[{"tenantId":"t","workloads":[{"workload":"YAMMER","activeUsers":1,"trial":0}]}]} | customers[0].workloads[0].trial
            tenantId as a number             | "customers":[{"tenantId":42}]}                                                       | customers[0].tenantId
            customers as an object           | "customers":{"tenantId":"t"}}                                                        | customers
            associations as a string         | "customers":[{"tenantId":"t","associations":"DELEGATED_ADMIN"}]}                     | customers[0].associations
            market in lower case             | "name":"x"} | market
            """)
    void aMalformedFieldIsA400NamingIt(String what, String rest, String field) {
        String body = what.startsWith("market") ? "{\"partnerId\":\"p\",\"market\":\"mature\"}" : HEAD + rest;
        problem(post(body), 400).body("errors.field", hasItem(field));
    }

    @Test
    void aBodyInLatin1IsSaidToBeNotUtf8() {
        byte[] latin1 = "{\"partnerId\":\"p\",\"name\":\"M\u00fcller\",\"market\":\"MATURE\"}".getBytes(StandardCharsets.ISO_8859_1);
        portal().contentType(ContentType.JSON).body(latin1).post("/evaluate").then().statusCode(400)
                .body("errors[0].message", startsWith("the body is not valid UTF-8 (line 1, column"))
                .body("errors[0].message", containsString("send JSON as UTF-8 (RFC 8259)"));
        String answer = portal().contentType(BatchResource.NDJSON).body(latin1).post("/evaluate/batch").then().statusCode(200)
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(answer).contains("\"status\":400", "this partner is not valid UTF-8 (line 1, column");
        byte[] array = ("[" + new String(latin1, StandardCharsets.ISO_8859_1) + "]").getBytes(StandardCharsets.ISO_8859_1);
        String arrayAnswer = portal().contentType(ContentType.JSON).body(array).post("/evaluate/batch").then().statusCode(200)
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(arrayAnswer).contains("\"status\":400", "the body is not valid UTF-8 from here on (line 1, column");
    }

    @Test
    void aTooLongStringIsA400() {
        rejected("{\"partnerId\":\"" + "p".repeat(257) + "\",\"market\":\"MATURE\"}")
                .body("errors.field", hasItem("partnerId"))
                .body("errors[0].message", equalTo("must be at most 256 characters long"));
    }

    @Test
    void aHugeStringIsRefusedWithoutBeingEchoed() {
        String huge = "x".repeat(2_000_000);
        String answer = rejected("{\"partnerId\":\"" + huge + "\",\"market\":\"MATURE\"}")
                .body("errors[0].field", equalTo("partnerId"))
                .body("errors[0].message", equalTo("is longer than 1,000,000 characters"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(answer.length()).isLessThan(1_000);
    }

    @Test
    void anUnknownFieldWithAHugeNameIsNotEchoedInFull() {
        String answer = rejected(HEAD + "\"" + "z".repeat(10_000) + "\":1}").extract().asString();
        org.assertj.core.api.Assertions.assertThat(answer.length()).isLessThan(1_000);
    }

    @Test
    void aKeyLongerThanTheParserTakesIsNotPinnedOnTheFieldBeforeIt() {
        rejected(HEAD + "\"" + "z".repeat(60_000) + "\":1}")
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo(""))
                .body("errors[0].message", equalTo("a field name is longer than 50,000 characters"));
    }

    @Test
    void aJsonArrayInsteadOfAnObjectIsA400ThatSendsAPortfolioToTheBatch() {
        rejected("[{\"partnerId\":\"p\",\"market\":\"MATURE\"}]").body("errors[0].message", startsWith(
                "the body is a JSON array: send a portfolio to POST /evaluate/batch"));
    }

    @Test
    void aBareValueIsA400() {
        rejected("42").body("errors[0].message", startsWith("the request body must be a JSON object"));
        rejected("null");
        rejected("\"MATURE\"").body("errors[0].message", startsWith("the request body must be a JSON object"));
    }

    @Test
    void deeplyNestedJsonIsA400() {
        // Sent as bytes: rest-assured inspects String bodies, which takes seconds for this one.
        problem(postBytes(HEAD + "\"customers\":[{\"tenantId\":\"t\",\"workloads\":[" + "[".repeat(10_000) + "]".repeat(10_000) + "]}]}"), 400)
                .body("errors[0].field", equalTo("customers[0].workloads[0]"))
                .body("errors[0].message", equalTo("must be an object")); // before any depth
        problem(postBytes("{\"partnerId\":\"p\",\"market\":\"MATURE\",\"name\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000) + "}"), 400)
                .body("errors.field", contains("name"))
                .body("errors.message", contains("must be a string")); // one mistake, said once: not also its depth
        problem(postBytes("{\"partnerId\":\"p\",\"market\":\"MATURE\",\"customers\":[{\"tenantId\":\"t\",\"workloads\":[],\"x\":"
                + "[".repeat(40) + "]".repeat(40) + "}]}"), 400)
                .body("errors.field", contains("customers[0]"))
                .body("errors.message", hasItem("is nested more than 32 levels deep"));
    }

    @Test
    void aNumberWithTooManyDigitsIsNamed() {
        rejected(HEAD + "\"customers\":[{\"tenantId\":\"t\",\"workloads\":[{\"workload\":\"EXCHANGE_ONLINE\",\"activeUsers\":"
                + "9".repeat(150) + "}]}]}")
                .body("errors[0].field", equalTo("customers[0].workloads[0].activeUsers"))
                .body("errors[0].message", equalTo("has more than 100 digits"));
    }

    private static ValidatableResponse postBytes(String body) {
        return portal().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8)).post("/evaluate").then();
    }

    @Test
    void trailingGarbageIsA400() {
        rejected("{\"partnerId\":\"p\",\"market\":\"MATURE\"} {\"partnerId\":\"q\"}")
                .body("errors[0].message", equalTo("the body goes on after the partner's closing brace (line 1, column 37): send one partner object"));
        rejected("{\"partnerId\":\"p\",\"market\":\"MATURE\"} xx")
                .body("errors[0].message", startsWith("the body goes on after the partner's closing brace (line 1, column "));
        portal().contentType(ContentType.JSON).body("{\"partnerId\":\"p\",\"market\":\"MATURE\"} \n ").post("/evaluate").then().statusCode(200);
    }

    @Test
    void aDuplicateKeyIsA400NamingIt() {
        rejected("{\"partnerId\":\"p\",\"market\":\"MATURE\",\"market\":\"EMERGING\"}")
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("market"))
                .body("errors[0].message", equalTo("is given twice in the same object; give each field once"));
        rejected(HEAD + "\"customers\":[{\"tenantId\":\"a\"},{\"tenantId\":\"t\",\"tenantId\":\"u\"}]}")
                .body("errors[0].field", equalTo("customers[1].tenantId"));
        rejected(HEAD + "\"customers\":[{\"tenantId\":\"t\",\"workloads\":[{\"workload\":\"X\",\"activeUsers\":1},"
                + "{\"workload\":\"X\",\"workload\":\"Y\",\"activeUsers\":1}]}]}")
                .body("errors[0].field", equalTo("customers[0].workloads[1].workload"));
        rejected(HEAD + "\"individuals\":[{\"id\":\"a\",\"exams\":[],\"exams\":[]}]}")
                .body("errors[0].field", equalTo("individuals[0].exams"));
    }

    @Test
    void theErrorsBeforeAKeyGivenTwiceOrABreakInTheJsonAreListedWithIt() {
        rejected("{\"partnerId\":12,\"market\":\"MATURE\",\"market\":\"EMERGING\"}")
                .body("errors.field", contains("market", "partnerId"))
                .body("errors.message", contains("is given twice in the same object; give each field once", "must be a string"));
        rejected("{\"partnerId\":12,\"market\":\"MATURE\",\"customers\":[{\"tenantId\":\"t\"} {\"tenantId\":\"u\"}]}")
                .body("errors.field", hasItem("partnerId"))
                .body("errors.size()", equalTo(2));
    }

    @Test
    void aPartnerIdOfAnotherTypeIsOneErrorNotAlsoABlankOne() {
        rejected("{\"partnerId\":12,\"market\":\"MATURE\"}")
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("partnerId"))
                .body("errors[0].message", equalTo("must be a string"));
    }

    @Test
    void invalidUtf8IsA400() {
        byte[] body = "{\"partnerId\":\"p\u0000\",\"market\":\"MATURE\"}".getBytes(StandardCharsets.UTF_8);
        body[15] = (byte) 0xC3; // a lead byte followed by a quote: not UTF-8
        problem(portal().contentType(ContentType.JSON).body(body).post("/evaluate").then(), 400);
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() {
        byte[] body = "{\"partnerId\":\"p\",\"market\":\"EMERGING\"}".getBytes(StandardCharsets.UTF_16);
        portal().contentType("application/json").body(body).post("/evaluate").then().statusCode(200).body("market", equalTo("EMERGING"));
    }

    @Test
    void theWrongContentTypeIsA415() {
        problem(portal().contentType(ContentType.TEXT).body("{}").post("/evaluate").then(), 415);
        problem(portal().contentType(ContentType.XML).body("<partner/>").post("/evaluate").then(), 415);
    }

    @ParameterizedTest
    @CsvSource({"NaN", "0x10", "Infinity"})
    void aNumberThatIsNoJsonIsNamedByItsFieldDownToTheValue(String value) {
        problem(portal().contentType(ContentType.JSON).body("{\"partnerId\":\"p\",\"market\":\"MATURE\",\"customers\":[{\"tenantId\":\"t\","
                + "\"associations\":[\"DELEGATED_ADMIN\"],\"workloads\":[{\"workload\":\"YAMMER\",\"activeUsers\":" + value + "}]}]}")
                .post("/evaluate").then(), 400)
                .body("errors[0].field", equalTo("customers[0].workloads[0].activeUsers"));
    }

    @Test
    void aBodySentWithAContentCodingIsA415NamingItWhateverItHolds() throws java.io.IOException {
        // RFC 9110, 15.5.16: a content coding the server does not read is a 415, with Accept-Encoding saying what is read.
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write("{\"partnerId\":\"p\",\"market\":\"MATURE\"}".getBytes(StandardCharsets.UTF_8));
        }
        problem(portal().contentType(ContentType.JSON).header("Content-Encoding", "gzip").body(zipped.toByteArray())
                .post("/evaluate").then(), 415)
                .header("Accept-Encoding", "identity")
                .body("detail", containsString("Content-Encoding gzip"));
        // a plain body said to be coded is not read as if it were not
        problem(portal().contentType(ContentType.JSON).header("Content-Encoding", "br").body("{\"partnerId\":\"p\",\"market\":\"MATURE\"}")
                .post("/evaluate").then(), 415);
        portal().contentType(ContentType.JSON).header("Content-Encoding", "identity").body("{\"partnerId\":\"p\",\"market\":\"MATURE\"}")
                .post("/evaluate").then().statusCode(200);
        // a list of codings, or a second header behind identity, is a coding all the same
        problem(portal().contentType(ContentType.JSON).header("Content-Encoding", "identity, gzip").body("{}").post("/evaluate").then(), 415)
                .body("detail", containsString("Content-Encoding gzip"));
        problem(portal().contentType(ContentType.JSON).header("Content-Encoding", "identity").header("Content-Encoding", "gzip").body("{}")
                .post("/evaluate").then(), 415);
        // a request without a body has nothing coded
        analyst().header("Content-Encoding", "gzip").get("/rules").then().statusCode(200);
        // and a caller without a token is refused as such first
        RestAssured.given().contentType(ContentType.JSON).header("Content-Encoding", "gzip").body("{}").post("/evaluate").then()
                .statusCode(401);
    }

    @Test
    void theWrongMethodIsA405NamingTheMethodsThatAre() {
        // RFC 9110, 15.5.6: a 405 MUST carry Allow
        problem(portal().get("/evaluate").then(), 405).header("Allow", "OPTIONS, POST");
        problem(portal().contentType(ContentType.JSON).body("{}").put("/evaluate/").then(), 405).header("Allow", "OPTIONS, POST");
        problem(analyst().delete("/rules").then(), 405).header("Allow", "GET, HEAD, OPTIONS");
        problem(analyst().get("/rules/validate").then(), 405).header("Allow", "OPTIONS, POST");
    }

    @Test
    void optionsNamesTheMethodsOfThatPathAsA405Does() {
        // RFC 9110, 9.3.7; Quarkus REST's own answer listed HEAD here, which gets 405
        RestAssured.given().options("/evaluate").then().statusCode(200).header("Allow", "OPTIONS, POST");
        RestAssured.given().options("/rules").then().statusCode(200).header("Allow", "GET, HEAD, OPTIONS");
        // not the DELETE of /workbench/session
        RestAssured.given().options("/workbench").then().statusCode(200).header("Allow", "GET, HEAD, OPTIONS");
        portal().head("/evaluate").then().statusCode(405).header("Allow", "OPTIONS, POST");
        // a path under a resource that no resource method matches is not there for OPTIONS either
        problem(RestAssured.given().options("/rules/scenarios").then(), 404).body("instance", equalTo("/rules/scenarios"));
        RestAssured.given().options("/evaluate").then().header("X-Request-Id", notNullValue());
    }

    @Test
    void optionsAndA405JudgeThePathAsItIsRouted() {
        // An encoded slash stays encoded in routing: /evaluate%2F routes nowhere, /workbench/a%2Fb to /workbench/{asset}
        problem(RestAssured.given().urlEncodingEnabled(false).options("/evaluate%2F").then(), 404);
        problem(RestAssured.given().urlEncodingEnabled(false).options("/rules%2Fvalidate").then(), 404);
        RestAssured.given().urlEncodingEnabled(false).options("/workbench/a%2Fb").then().statusCode(200)
                .header("Allow", "GET, HEAD, OPTIONS");
        problem(analyst().urlEncodingEnabled(false).delete("/workbench/a%2Fb").then(), 405).header("Allow", "GET, HEAD, OPTIONS");
        // matrix parameters, dot segments and encoded unreserved characters are routed as the plain path
        RestAssured.given().urlEncodingEnabled(false).options("/rules;a=b/validate").then().statusCode(200)
                .header("Allow", "OPTIONS, POST");
        RestAssured.given().urlEncodingEnabled(false).options("/%65valuate").then().statusCode(200).header("Allow", "OPTIONS, POST");
        problem(portal().urlEncodingEnabled(false).get("/evaluate/%2E%2E/evaluate").then(), 405).header("Allow", "OPTIONS, POST");
    }

    @Test
    void anUnacceptableAcceptIsA406() {
        problem(portal().contentType(ContentType.JSON).accept("text/csv").body("{\"partnerId\":\"p\",\"market\":\"MATURE\"}")
                .post("/evaluate").then(), 406);
    }

    @Test
    void anUnknownPathIsA404() {
        problem(portal().get("/evaluations").then(), 404).body("instance", equalTo("/evaluations"));
        // not echoed decoded, nor whole: a URI reference as sent, cut to 256 characters
        problem(portal().urlEncodingEnabled(false).get("/x%00%3Cscript%3E").then(), 404).body("instance", equalTo("/x%00%3Cscript%3E"));
        problem(portal().get("/" + "a".repeat(4000)).then(), 404).body("instance", equalTo("/" + "a".repeat(255)));
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsA413BeforeItIsRead() throws Exception {
        // Only the headers are sent: the answer must come without the service reading (or waiting for) the body.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 70000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            org.assertj.core.api.Assertions.assertThat(answer)
                    .startsWith("HTTP/1.1 413")
                    .containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"status\":413", "at most 67,108,864 bytes");
        }
    }

    @Test
    void aRequestWithoutAHostHeaderIsAProblem400NamingIt() throws Exception {
        String answer = withoutHost("GET /rules", "no-host-1");
        org.assertj.core.api.Assertions.assertThat(answer).startsWith("HTTP/1.1 400")
                .containsIgnoringCase("content-type: application/problem+json")
                .containsIgnoringCase("content-language: ko")
                .contains("\"status\":400", "Host", "\"requestId\":\"no-host-1\"", "\"instance\":\"/rules\"")
                .doesNotContain("Error id", "stack");
        afterAllThatTheServiceStillAnswers();
    }

    @Test
    void aMalformedHostIsA400AsAMissingOneIs() throws Exception {
        org.assertj.core.api.Assertions.assertThat(exchange("GET /rules HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json").contains("Host header");
    }

    @Test
    void anHttp10RequestNeedsNoHostAndIsAnsweredAsAnyOther() throws Exception {
        // Quarkus REST cannot build such a request's URI: the problem has no instance, and is no 500
        org.assertj.core.api.Assertions.assertThat(exchange("GET /nowhere HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.0 404")
                .containsIgnoringCase("content-type: application/problem+json").contains("\"status\":404").doesNotContain("instance");
        org.assertj.core.api.Assertions.assertThat(exchange("DELETE /evaluate HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.0 405")
                .contains("\"status\":405");
    }

    @Test
    void aRequestTargetThatIsNotAPathIsAProblem400SayingSo() throws Exception {
        // Vert.x-web alone answered "?a" with Quarkus' error JSON (logged at ERROR), "a/b" and "*" with an empty 404,
        // and "x?a://b/rules" or "http://a?/rules" as "/rules" (here a 401)
        for (String target : new String[] {"?a", "a/b", "*", "x?a://b/rules", "http://a?/rules"}) {
            String method = target.equals("*") ? "OPTIONS " : "GET ";
            org.assertj.core.api.Assertions.assertThat(exchange(method + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Accept-Language: ko\r\nX-Request-Id: target-1\r\n\r\n")).as(target)
                    .startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("content-type: application/problem+json")
                    .containsIgnoringCase("content-language: ko")
                    .contains("\"status\":400", "http(s) URI", "\"requestId\":\"target-1\"")
                    .doesNotContain("instance", "Error id", "stack");
        }
        afterAllThatTheServiceStillAnswers();
    }

    @Test
    void theBodyOfARequestRefusedForItsTargetIsNotRead() throws Exception {
        // closed after the answer, not kept open to drain 200,000,000 bytes before the next request: a target Vert.x
        // refuses, and one it would route that the service refuses
        for (String target : new String[] {"?a", "x?a://b/evaluate"}) {
            org.assertj.core.api.Assertions.assertThat(exchange("POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 200000000\r\n\r\n{}")).as(target).startsWith("HTTP/1.1 400").containsIgnoringCase("connection: close");
        }
        afterAllThatTheServiceStillAnswers();
    }

    @Test
    void aRequestRefusedForItsTargetWithoutABodyKeepsItsConnection() throws Exception {
        String answers = exchange("GET a/b HTTP/1.1\r\nHost: localhost\r\n\r\n" + "HEAD x?a://b/rules HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /nowhere HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        org.assertj.core.api.Assertions.assertThat(answers.split("HTTP/1.1 400", -1)).hasSize(3);
        org.assertj.core.api.Assertions.assertThat(answers).contains("HTTP/1.1 404");
        org.assertj.core.api.Assertions.assertThat(answers.substring(0, answers.indexOf("HTTP/1.1 404"))).doesNotContainIgnoringCase("connection: close");
    }

    @Test
    void theManagementPortAnswersABadTargetOrHostAlike() throws Exception {
        int management = dev.partnertier.security.Management.port();
        org.assertj.core.api.Assertions.assertThat(exchange(management, "GET ?a HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json").contains("http(s) URI");
        org.assertj.core.api.Assertions.assertThat(exchange(management, "GET x?a://b/q/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json").contains("http(s) URI");
        org.assertj.core.api.Assertions.assertThat(exchange(management, "GET /q/health HTTP/1.1\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json").contains("Host header");
    }

    @Test
    void anAbsoluteFormTargetIsNamedByItsPath() throws Exception {
        // the instance of a problem answered before Quarkus REST (here the 413) is the path, not the whole target
        org.assertj.core.api.Assertions.assertThat(exchange("POST http://localhost/evaluate HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 70000000\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 413").contains("\"instance\":\"/evaluate\"");
    }

    /** The answer to an HTTP/1.1 request line sent without a {@code Host} header, in Korean, with this request id. */
    static String withoutHost(String requestLine, String requestId) throws java.io.IOException {
        return exchange(requestLine + " HTTP/1.1\r\nConnection: close\r\nAccept-Language: ko\r\nX-Request-Id: " + requestId + "\r\n\r\n");
    }

    @Test
    void aClientThatGoesAwayMidBodyIsLoggedAsSuchNotAsAFailure() throws Exception {
        try (dev.partnertier.testing.LogCapture problems = dev.partnertier.testing.LogCapture.of("dev.partnertier.api")) {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                socket.getOutputStream().write(("POST /evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Authorization: Bearer " + dev.partnertier.security.Callers.portalToken() + "\r\n"
                        + "Content-Length: 100000\r\n\r\n{\"partnerId\":\"p\",\"market\":\"MATURE\",\"customers\":[").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            } // closed before the body is complete
            afterAllThatTheServiceStillAnswers();
            // The memory the request reserved before its body came is given back when its client goes away.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> dev.partnertier.security.Management.management().get("/q/metrics").then().extract().asString()
                            .contains("partner_tier_admission_memory_bytes{state=\"used\"} 0.0"));
            org.assertj.core.api.Assertions.assertThat(problems.levels()).as("log levels of " + problems.lines())
                    .allSatisfy(level -> org.assertj.core.api.Assertions.assertThat(level.intValue())
                            .isLessThan(java.util.logging.Level.WARNING.intValue()));
        }
    }

    @Test
    void aHostileRequestIdIsReplaced() {
        portal().contentType(ContentType.JSON).header("X-Request-Id", "<script>" + "a".repeat(100)).body("{}")
                .post("/evaluate").then().statusCode(400)
                .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void afterAllThatTheServiceStillAnswers() {
        post(HEAD + "\"customers\":[{\"tenantId\":\"t\",\"associations\":[\"DELEGATED_ADMIN\"],"
                + "\"workloads\":[{\"workload\":\"EXCHANGE_ONLINE\",\"activeUsers\":2000}]}],"
                + "\"individuals\":[{\"id\":\"a\",\"certifications\":[\"MCSA_OFFICE_365\"]}]}")
                .statusCode(200).body("tier", equalTo("SILVER")).time(lessThan(5_000L));
    }

    private static ValidatableResponse post(String body) {
        return portal().contentType(ContentType.JSON).body(body).post("/evaluate").then();
    }
}

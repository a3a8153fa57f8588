package dev.partnertier.api;

import static dev.partnertier.security.Callers.portal;
import static dev.partnertier.testing.RawHttp.exchange;
import static dev.partnertier.security.Management.management;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The {@code uri} tag of Quarkus' HTTP metrics is a route's template or a fixed word, never a path the client chose,
 * whatever the answer: otherwise anyone could fill Micrometer's 100 {@code uri} values and blind the metrics of
 * {@code POST /evaluate} ({@link MetricsUriTemplate}, {@link HttpMetricTags}); nor is the {@code method} tag.
 */
@QuarkusTest
class MetricsUriTemplateTest {

    private final String mark = "m" + UUID.randomUUID().toString().replace("-", "");

    @Test
    void answersGivenBeforeAResourceMethodMatchesAreTaggedWithTheTemplateOfTheirPath() throws IOException {
        List<String> before = series();
        double refusedBefore = tooLargeRefusals();
        // without a token: a 405 and an OPTIONS answer under a template, and a matrix parameter on a fixed path
        RestAssured.given().delete("/workbench/" + mark).then().statusCode(405);
        RestAssured.given().options("/workbench/" + mark).then().statusCode(200);
        RestAssured.given().post("/rules/files/" + mark + ".drl").then().statusCode(405);
        RestAssured.given().urlEncodingEnabled(false).put("/rules/scenario-files/" + mark + ";a=b").then().statusCode(405);
        // with one: refusals by matching (415, 406), on a path whose raw form is not the template
        portal().urlEncodingEnabled(false).contentType(ContentType.TEXT).body("{}").post("/evaluate;" + mark + "=1").then().statusCode(415);
        portal().urlEncodingEnabled(false).contentType(ContentType.JSON).accept("text/csv").body("{}")
                .post("/evaluate;" + mark + "=2").then().statusCode(406);
        // a body declared too large, refused before Quarkus REST sees the request
        assertThat(exchange("POST /workbench/" + mark + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 70000000\r\n\r\n"))
                .startsWith("HTTP/1.1 413");
        assertThat(exchange("POST /evaluate;" + mark + "=3 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 70000000\r\n\r\n"))
                .startsWith("HTTP/1.1 413");

        List<String> after = series();
        assertThat(after).noneMatch(line -> line.contains(mark));
        assertThat(count(after, "DELETE", "405", "/workbench/{asset}")).isEqualTo(count(before, "DELETE", "405", "/workbench/{asset}") + 1);
        assertThat(count(after, "OPTIONS", "200", "/workbench/{asset}")).isEqualTo(count(before, "OPTIONS", "200", "/workbench/{asset}") + 1);
        assertThat(count(after, "POST", "405", "/rules/files/{path: .+}")).isEqualTo(count(before, "POST", "405", "/rules/files/{path: .+}") + 1);
        assertThat(count(after, "PUT", "405", "/rules/scenario-files/{name}"))
                .isEqualTo(count(before, "PUT", "405", "/rules/scenario-files/{name}") + 1);
        assertThat(count(after, "POST", "415", "/evaluate")).isEqualTo(count(before, "POST", "415", "/evaluate") + 1);
        assertThat(count(after, "POST", "406", "/evaluate")).isEqualTo(count(before, "POST", "406", "/evaluate") + 1);
        assertThat(count(after, "POST", "413", "/workbench/{asset}")).isEqualTo(count(before, "POST", "413", "/workbench/{asset}") + 1);
        assertThat(count(after, "POST", "413", "/evaluate")).isEqualTo(count(before, "POST", "413", "/evaluate") + 1);
        assertThat(tooLargeRefusals()).isEqualTo(refusedBefore + 1); // a portal's refusal, whatever its matrix parameters
    }

    @Test
    void requestsRefusedBeforeRoutingAreTaggedUnknownAndUnroutedPathsNotFound() throws IOException {
        List<String> before = series();
        assertThat(exchange("GET /" + mark + "a HTTP/1.1\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400"); // no Host
        assertThat(exchange("GET /" + mark + "b%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400");
        assertThat(exchange("GET x?" + mark + "://b/rules HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400"); // not /rules'
        assertThat(exchange("GET //" + mark + "c HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 404");
        assertThat(exchange("POST /" + mark + "d HTTP/1.1\r\nHost: localhost\r\nContent-Length: 70000000\r\n\r\n")).startsWith("HTTP/1.1 413");
        RestAssured.given().delete("/" + mark + "e").then().statusCode(404);

        List<String> after = series();
        assertThat(after).noneMatch(line -> line.contains(mark));
        assertThat(count(after, "GET", "400", "UNKNOWN")).isEqualTo(count(before, "GET", "400", "UNKNOWN") + 3);
        assertThat(count(after, "GET", "404", "UNKNOWN") + count(after, "GET", "404", "NOT_FOUND"))
                .isEqualTo(count(before, "GET", "404", "UNKNOWN") + count(before, "GET", "404", "NOT_FOUND") + 1);
        assertThat(count(after, "POST", "413", "UNKNOWN")).isEqualTo(count(before, "POST", "413", "UNKNOWN") + 1);
        assertThat(count(after, "DELETE", "404", "NOT_FOUND")).isEqualTo(count(before, "DELETE", "404", "NOT_FOUND") + 1);
    }

    @Test
    void aMethodOutsideHttpsOwnIsTaggedOtherSoThatNoClientMintsSeries() throws IOException {
        List<String> before = series();
        String method = "X" + mark.toUpperCase();
        assertThat(exchange(method + " /evaluate HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 405");
        assertThat(exchange(method + "Z /nowhere HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 404");

        assertThat(management().get("/q/metrics").then().extract().asString()).doesNotContainIgnoringCase(mark);
        List<String> after = series();
        assertThat(count(after, "_OTHER", "405", "/evaluate")).isEqualTo(count(before, "_OTHER", "405", "/evaluate") + 1);
        assertThat(count(after, "_OTHER", "404", "NOT_FOUND")).isEqualTo(count(before, "_OTHER", "404", "NOT_FOUND") + 1);
    }

    /** The lines of {@code http_server_requests_seconds_count} on the management port. */
    private static List<String> series() {
        return management().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{")).toList();
    }

    private static double tooLargeRefusals() {
        return management().get("/q/metrics").then().extract().asString().lines()
                .filter(line -> line.startsWith("partner_tier_admission_refused_total{reason=\"too-large\"} "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** The count of the series of this method, status and {@code uri}, 0 when it has none. */
    private static long count(List<String> series, String method, String status, String uri) {
        return series.stream().filter(line -> line.contains("method=\"" + method + "\"") && line.contains("status=\"" + status + "\"")
                && line.contains("uri=\"" + uri + "\"")).mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}

package dev.partnertier.api;

import static dev.partnertier.security.Callers.portal;
import static dev.partnertier.security.Management.management;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The {@code uri} tag of Quarkus' HTTP metrics is a route's template, never a path the client chose, for every answer:
 * otherwise anyone could fill Micrometer's 100 {@code uri} tags and blind the metrics of {@code POST /evaluate}.
 */
@QuarkusTest
class MetricsUriTemplateTest {

    @Test
    void answersGivenBeforeARouteIsChosenAreTaggedWithTheRoutesTemplate() throws IOException {
        String mark = "m" + UUID.randomUUID().toString().replace("-", "");
        // without a token: a 405 and an OPTIONS answer under a template, and a matrix parameter on a fixed path
        RestAssured.given().delete("/workbench/" + mark).then().statusCode(405);
        RestAssured.given().options("/workbench/" + mark).then().statusCode(200);
        RestAssured.given().post("/rules/files/" + mark + ".drl").then().statusCode(405);
        RestAssured.given().urlEncodingEnabled(false).get("/evaluate;" + mark + "=1").then().statusCode(405);
        RestAssured.given().urlEncodingEnabled(false).options("/evaluate;" + mark + "=1").then().statusCode(200);
        // with one: a refusal by a request filter (415) and by content negotiation (406)
        portal().urlEncodingEnabled(false).contentType(ContentType.JSON).header("Content-Encoding", "gzip").body("{}")
                .post("/evaluate;" + mark + "=2").then().statusCode(415);
        portal().urlEncodingEnabled(false).contentType(ContentType.JSON).accept("text/csv").body("{}")
                .post("/evaluate;" + mark + "=3").then().statusCode(406);
        // a body declared too large, refused before Quarkus REST sees the request: under a template, and nowhere (a 404)
        assertThat(declaringTooLargeABody("/workbench/" + mark)).startsWith("HTTP/1.1 413");
        assertThat(declaringTooLargeABody("/evaluate;" + mark + "=4")).startsWith("HTTP/1.1 413");
        assertThat(declaringTooLargeABody("/" + mark)).startsWith("HTTP/1.1 404")
                .containsIgnoringCase("content-type: application/problem+json").contains("\"status\":404");
        // a path no route matches stays NOT_FOUND
        RestAssured.given().delete("/" + mark).then().statusCode(404);

        List<String> series = management().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{")).toList();
        assertThat(series).noneMatch(line -> line.contains(mark));
        assertThat(series).anyMatch(line -> line.contains("method=\"DELETE\"") && line.contains("status=\"405\"")
                && line.contains("uri=\"/workbench/{asset}\""));
        assertThat(series).anyMatch(line -> line.contains("method=\"OPTIONS\"") && line.contains("uri=\"/workbench/{asset}\""));
        assertThat(series).anyMatch(line -> line.contains("status=\"405\"") && line.contains("uri=\"/rules/files/{path: .+}\""));
        assertThat(series).anyMatch(line -> line.contains("method=\"GET\"") && line.contains("status=\"405\"")
                && line.contains("uri=\"/evaluate\""));
        assertThat(series).anyMatch(line -> line.contains("status=\"415\"") && line.contains("uri=\"/evaluate\""));
        assertThat(series).anyMatch(line -> line.contains("status=\"406\"") && line.contains("uri=\"/evaluate\""));
        assertThat(series).anyMatch(line -> line.contains("method=\"DELETE\"") && line.contains("uri=\"NOT_FOUND\""));
        assertThat(series).anyMatch(line -> line.contains("status=\"413\"") && line.contains("uri=\"/workbench/{asset}\""));
        assertThat(series).anyMatch(line -> line.contains("status=\"413\"") && line.contains("uri=\"/evaluate\""));
        assertThat(series).anyMatch(line -> line.contains("method=\"POST\"") && line.contains("status=\"404\"")
                && line.contains("uri=\"NOT_FOUND\""));
    }

    /** The answer to a POST that declares a body over the limit and sends only its headers. */
    private static String declaringTooLargeABody(String path) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 70000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package dev.partnertier.api;

import static dev.partnertier.security.Callers.portal;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnertier.testing.RequiredProperties;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** The OpenAPI document is valid, documents every endpoint, and its examples get the answers it documents. */
@QuarkusTest
class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document() throws Exception {
        return JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    @Test
    void theDocumentIsValidOpenApi() {
        String yaml = given().get("/q/openapi").then().statusCode(200).extract().asString();

        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, null);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/evaluate", "/evaluate/batch", "/rules", "/rules/validate", "/rules/test", "/rules/simulate", "/rules/try", "/rules/files/{path}", "/rules/scenario-files", "/rules/scenario-files/{name}");
    }

    @Test
    void theRequestSchemaCarriesTheBounds() throws Exception {
        JsonNode schemas = document().at("/components/schemas");

        assertThat(schemas.at("/EvaluationRequest/required").toString()).contains("partnerId", "market");
        assertThat(schemas.at("/EvaluationRequest/properties/partnerId/maxLength").asInt()).isEqualTo(256);
        assertThat(schemas.at("/WorkloadRequest/properties/activeUsers/minimum").asLong()).isZero();
        assertThat(schemas.at("/WorkloadRequest/properties/activeUsers/maximum").asLong()).isEqualTo(100_000_000L);
        assertThat(schemas.at("/WorkloadRequest/properties/activeUsers/type").asText()).isEqualTo("integer");
        assertThat(schemas.at("/Market/enum").toString()).contains("MATURE", "EMERGING");
        assertThat(schemas.at("/Problem/properties").has("errors")).isTrue();
        // one schema per shape: no generated twin such as "Field1" for a record of the same name elsewhere
        assertThat(schemas.fieldNames()).toIterable().noneMatch(name -> name.matches(".*\\d"));
        assertThat(schemas.at("/EvaluationResponse/properties/name/type").toString()).contains("null"); // answered null when not given
        // the list limits this replica runs with (limits.*), and no field beyond those named
        assertThat(schemas.at("/EvaluationRequest/properties/customers/maxItems").asInt()).isEqualTo(200_000);
        assertThat(schemas.at("/EvaluationRequest/properties/individuals/maxItems").asInt()).isEqualTo(20_000);
        assertThat(schemas.at("/CustomerRequest/properties/workloads/maxItems").asInt()).isEqualTo(50);
        assertThat(schemas.at("/CustomerRequest/properties/associations/maxItems").asInt()).isEqualTo(20);
        assertThat(schemas.at("/IndividualRequest/properties/exams/maxItems").asInt()).isEqualTo(200);
        for (String request : new String[] {"EvaluationRequest", "CustomerRequest", "WorkloadRequest", "IndividualRequest"}) {
            assertThat(schemas.at("/" + request + "/additionalProperties").isBoolean()).as(request).isTrue();
            assertThat(schemas.at("/" + request + "/additionalProperties").asBoolean(true)).as(request).isFalse();
        }
    }

    @Test
    void theBatchAndTheWhatIfDocumentBothTheirMediaTypes() throws Exception {
        JsonNode paths = document().at("/paths");

        JsonNode batch = paths.at("/~1evaluate~1batch/post");
        assertThat(batch.at("/requestBody/content").has("application/x-ndjson")).isTrue();
        assertThat(batch.at("/requestBody/content/application~1json/schema/maxItems").asInt()).isEqualTo(10_000);
        for (String status : new String[] {"406", "413", "415"}) {
            assertThat(batch.at("/responses/" + status + "/content").has("application/problem+json")).as(status).isTrue();
        }
        JsonNode simulate = paths.at("/~1rules~1simulate/post");
        assertThat(simulate.at("/requestBody/content").has("application/x-ndjson")).isTrue();
        assertThat(simulate.at("/responses/200/content").has("application/x-ndjson")).isTrue();
    }

    @Test
    void errorsAreDocumentedAsProblemDetails() throws Exception {
        JsonNode responses = document().at("/paths/~1evaluate/post/responses");

        for (String status : new String[] {"400", "401", "403", "406", "413", "415", "500"}) {
            assertThat(responses.at("/" + status + "/content/application~1problem+json/schema/$ref").asText())
                    .as(status).isEqualTo("#/components/schemas/Problem");
        }
    }

    @Test
    void everyOperationHasAnIdABearerRequirementWithItsRoleAndDocumentedAnswers() throws Exception {
        JsonNode doc = document();
        assertThat(doc.at("/components/securitySchemes/bearer/type").asText()).isEqualTo("http");
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(doc.at("/servers/0/url").asText()).isNotEmpty();
        java.util.Set<String> operationIds = new java.util.HashSet<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey() + " " + path.getKey();
                operations++;
                JsonNode operation = op.getValue();
                assertThat(operation.path("operationId").asText()).as(where + " operationId").isNotEmpty();
                assertThat(operationIds.add(operation.path("operationId").asText())).as(where + " unique operationId").isTrue();
                String role = path.getKey().startsWith("/rules") ? "analyst" : "portal";
                assertThat(operation.at("/security/0/bearer").toString()).as(where + " security").isEqualTo("[\"" + role + "\"]");
                JsonNode responses = operation.get("responses");
                // the request id: an optional header the caller may send, a header of every answer
                assertThat(operation.get("parameters").findValuesAsText("$ref")).as(where + " X-Request-Id")
                        .contains("#/components/parameters/RequestId");
                boolean documented2xx = false;
                for (Iterator<String> codes = responses.fieldNames(); codes.hasNext();) {
                    String code = codes.next();
                    assertThat(responses.at("/" + code + "/headers/X-Request-Id/$ref").asText()).as(where + " " + code + " X-Request-Id")
                            .isEqualTo("#/components/headers/RequestId");
                    if (code.startsWith("2")) {
                        documented2xx = true;
                        JsonNode schema = responses.at("/" + code + "/content/application~1json/schema");
                        if (schema.isMissingNode()) { // a file's text (GET /rules/files/...)
                            assertThat(responses.at("/" + code + "/content/text~1plain/schema/type").asText()).as(where + " " + code).isEqualTo("string");
                            continue;
                        }
                        JsonNode named = schema.path("type").asText().equals("array") ? schema.path("items") : schema;
                        assertThat(named.path("$ref").asText()).as(where + " " + code + " schema").startsWith("#/components/schemas/");
                    }
                }
                assertThat(documented2xx).as(where + " has a 2xx answer").isTrue();
                for (String status : new String[] {"401", "403"}) {
                    assertThat(responses.at("/" + status + "/content/application~1problem+json/schema/$ref").asText())
                            .as(where + " " + status).isEqualTo("#/components/schemas/Problem");
                }
            }
        }
        assertThat(operations).isEqualTo(11);
        assertThat(doc.at("/components/parameters/RequestId/name").asText()).isEqualTo("X-Request-Id");
        assertThat(doc.at("/components/parameters/RequestId/in").asText()).isEqualTo("header");
        assertThat(doc.at("/components/parameters/RequestId/schema/pattern").asText()).isEqualTo("^[A-Za-z0-9._:-]{1,64}$");
    }

    @Test
    void everyRequestExamplePostedAsItIsGetsTheDocumentedAnswer() throws Exception {
        JsonNode doc = document();
        JsonNode requestExamples = doc.at("/paths/~1evaluate/post/requestBody/content/application~1json/examples");
        JsonNode responses = doc.at("/paths/~1evaluate/post/responses");
        assertThat(requestExamples.size()).isEqualTo(3);

        for (Iterator<Map.Entry<String, JsonNode>> it = requestExamples.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> example = it.next();
            JsonNode request = RequiredProperties.resolve(doc, example.getValue()).get("value");
            String status = null;
            JsonNode documented = null;
            for (Iterator<Map.Entry<String, JsonNode>> r = responses.fields(); r.hasNext();) {
                Map.Entry<String, JsonNode> response = r.next();
                for (JsonNode content : response.getValue().path("content")) {
                    if (content.path("examples").has(example.getKey())) {
                        status = response.getKey();
                        documented = RequiredProperties.resolve(doc, content.path("examples").get(example.getKey())).get("value");
                    }
                }
            }
            assertThat(documented).as("documented answer for " + example.getKey()).isNotNull();

            String actual = portal().contentType(ContentType.JSON).body(request.toString()).post("/evaluate")
                    .then().statusCode(Integer.parseInt(status)).extract().asString();

            assertContains(example.getKey(), documented, JSON.readTree(actual));
            JsonNode content = doc.at("/paths/~1evaluate/post/responses/" + status + "/content");
            assertThat(RequiredProperties.assertHeld(doc, content.fields().next().getValue().get("schema"), JSON.readTree(actual), example.getKey()))
                    .as(example.getKey() + ": schemas whose required properties were checked")
                    .contains(status.equals("200") ? "EvaluationResponse" : "Problem");
        }
    }

    /** Every field the documentation shows is in the answer with the same value; arrays match element by element. */
    private static void assertContains(String path, JsonNode documented, JsonNode actual) {
        if (documented.isObject()) {
            documented.fields().forEachRemaining(f -> {
                assertThat(actual.has(f.getKey())).as(path + "." + f.getKey() + " in " + actual).isTrue();
                assertContains(path + "." + f.getKey(), f.getValue(), actual.get(f.getKey()));
            });
        } else if (documented.isArray()) {
            assertThat(actual.size()).as(path + " size").isEqualTo(documented.size());
            for (int i = 0; i < documented.size(); i++) {
                assertContains(path + "[" + i + "]", documented.get(i), actual.get(i));
            }
        } else if (path.endsWith(".rulesVersion")) { // a hash of the rule files: any edit of them changes it
            assertThat(actual.asText()).as(path).matches("[0-9a-f]{16}");
        } else {
            assertThat(actual).as(path).isEqualTo(documented);
        }
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}

package dev.partnertier.api;

import static dev.partnertier.security.Callers.portal;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.partnertier.security.Callers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Mutates a valid request thousands of times (types, nulls, missing and extra fields, sizes, encodings,
 * truncation, stray bytes) and checks that the service never answers 5xx, that every error is a problem with
 * no Java detail in it, that every 200 is a consistent decision, and that a valid request still gets the right
 * answer all along. Reproduce a failure with -Dfuzz.seed=... (the seed is in the failure message).
 */
@QuarkusTest
class FuzzTest {

    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 3000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261125L);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A plain client: it sends the bytes and the content type exactly as given, whatever they are. */
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private record Mutant(String description, byte[] body, String contentType) {
    }

    private static final List<JsonNode> HOSTILE_VALUES = List.of(
            NODES.nullNode(), NODES.textNode(""), NODES.textNode(" "), NODES.textNode("x".repeat(300)),
            NODES.textNode("x".repeat(70_000)), NODES.textNode("\u0000"), NODES.textNode("😀 é ü 中"), NODES.textNode("\u202Eevil"),
            NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1), NODES.numberNode(1.5), NODES.numberNode(-0.0),
            NODES.numberNode(1e308), NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(Long.MIN_VALUE),
            NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
            NODES.numberNode(new java.math.BigDecimal("1E+400")), NODES.booleanNode(true), NODES.booleanNode(false),
            NODES.arrayNode(), NODES.objectNode(), NODES.arrayNode().addNull(), NODES.objectNode().put("a", 1),
            NODES.textNode("MATURE"), NODES.textNode("EMERGING"), NODES.textNode("DELEGATED_ADMIN"),
            NODES.textNode("EXCHANGE_ONLINE"), NODES.textNode("70-346"), NODES.textNode("MCSA_OFFICE_365"));

    private static final List<String> FIELD_NAMES = List.of("trail", "Trial", "tenantID", "partnerId", "market", "extra",
            "__proto__", "constructor", "activeUsers", "x".repeat(500), "");

    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=UTF-8",
            "application/json; charset=UTF-16", "application/json; charset=ISO-8859-1", "application/json; charset=bogus",
            "application/json;;", "text/plain", "application/x-www-form-urlencoded", "application/*", "*/*");

    @Test
    void mutatedRequestsNeverGetA5xxAndTheServiceKeepsAnsweringCorrectly() throws Exception {
        String example = Files.readString(Path.of("examples", "silver-partner.json"));
        JsonNode valid = JSON.readTree(example);
        Random random = new Random(SEED);
        URI evaluate = URI.create("http://localhost:" + RestAssured.port + "/evaluate");
        int accepted = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            Mutant mutant = mutate(valid, random);
            String where = "seed " + SEED + ", iteration " + i + ": " + mutant.description();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(evaluate)
                    .header("Content-Type", mutant.contentType())
                    .header("Authorization", "Bearer " + Callers.portalToken())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mutant.body())).build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String body = response.body();

            assertThat(status).as(where + " -> " + truncate(body)).isBetween(200, 499);
            if (status >= 400) {
                assertThat(response.headers().firstValue("Content-Type")).as(where).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(body).as(where).contains("\"status\":" + status).doesNotContain("Exception", "java.", "\tat ");
                assertThat(body.length()).as(where + ": the answer must not echo a large request").isLessThan(20_000);
            } else {
                accepted++;
                JsonNode answer = JSON.readTree(body);
                assertThat(answer.path("tier").asText()).as(where).isIn("GOLD", "SILVER", "NONE");
                assertThat(answer.path("activeEntitlements").asLong()).as(where).isNotNegative();
                assertThat(answer.path("levels").size()).as(where).isEqualTo(2);
            }
            if (i % 100 == 0) {
                assertValidRequestStillAnswered(example, where);
            }
        }
        assertValidRequestStillAnswered(example, "after " + ITERATIONS + " mutants");
        assertThat(accepted).as("some mutants are still valid requests, so the 200 path is fuzzed too").isPositive();
    }

    private static void assertValidRequestStillAnswered(String example, String after) {
        Response response = portal().contentType("application/json").body(example).post("/evaluate").andReturn();
        assertThat(response.statusCode()).as(after).isEqualTo(200);
        assertThat(response.jsonPath().getString("tier")).as(after).isEqualTo("SILVER");
        assertThat(response.jsonPath().getLong("activeEntitlements")).as(after).isEqualTo(2150);
    }

    private static Mutant mutate(JsonNode valid, Random random) throws Exception {
        JsonNode tree = valid.deepCopy();
        List<String> steps = new ArrayList<>();
        int treeMutations = 1 + random.nextInt(3);
        for (int m = 0; m < treeMutations; m++) {
            tree = mutateTree(tree, random, steps);
        }
        byte[] bytes = JSON.writeValueAsBytes(tree);
        String contentType = "application/json";
        switch (random.nextInt(10)) {
            case 0 -> {
                int cut = random.nextInt(bytes.length + 1);
                bytes = java.util.Arrays.copyOf(bytes, cut);
                steps.add("truncated at " + cut);
            }
            case 1 -> {
                int at = random.nextInt(bytes.length);
                bytes[at] = (byte) random.nextInt(256);
                steps.add("byte " + at + " replaced");
            }
            case 2 -> {
                Charset charset = List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1,
                        Charset.forName("UTF-32")).get(random.nextInt(4));
                bytes = new String(bytes, StandardCharsets.UTF_8).getBytes(charset);
                steps.add("encoded as " + charset);
            }
            case 3 -> {
                contentType = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
                steps.add("content type " + contentType);
            }
            case 4 -> {
                byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                byte[] withBom = new byte[bytes.length + 3];
                System.arraycopy(bom, 0, withBom, 0, 3);
                System.arraycopy(bytes, 0, withBom, 3, bytes.length);
                bytes = withBom;
                steps.add("UTF-8 byte order mark");
            }
            default -> {
                // the tree mutations alone
            }
        }
        return new Mutant(String.join("; ", steps), bytes, contentType);
    }

    private static JsonNode mutateTree(JsonNode root, Random random, List<String> steps) {
        List<String> paths = new ArrayList<>();
        collect(root, "", paths);
        String path = paths.get(random.nextInt(paths.size()));
        JsonNode target = path.isEmpty() ? root : root.at(path);
        switch (random.nextInt(8)) {
            case 0, 1 -> {
                JsonNode value = HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()));
                steps.add(path + " = " + truncate(value.toString()));
                return replace(root, path, value);
            }
            case 2 -> {
                if (target instanceof ObjectNode object && object.size() > 0) {
                    String field = names(object).get(random.nextInt(object.size()));
                    object.remove(field);
                    steps.add("removed " + path + "/" + field);
                }
                return root;
            }
            case 3 -> {
                if (target instanceof ObjectNode object) {
                    String field = FIELD_NAMES.get(random.nextInt(FIELD_NAMES.size()));
                    object.set(field, HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size())));
                    steps.add("added " + path + "/" + truncate(field));
                }
                return root;
            }
            case 4 -> {
                if (target instanceof ArrayNode array && array.size() > 0) {
                    array.add(array.get(random.nextInt(array.size())).deepCopy());
                    steps.add("duplicated an element of " + path);
                }
                return root;
            }
            case 5 -> {
                if (target instanceof ArrayNode array && array.size() > 0) {
                    int copies = random.nextInt(2) == 0 ? 60 : 1_500;
                    JsonNode element = array.get(0);
                    for (int c = 0; c < copies; c++) {
                        array.add(element.deepCopy());
                    }
                    steps.add("grew " + path + " by " + copies);
                }
                return root;
            }
            case 6 -> {
                if (target instanceof ArrayNode array) {
                    array.removeAll();
                    steps.add("emptied " + path);
                }
                return root;
            }
            default -> {
                JsonNode wrapped = random.nextBoolean() ? NODES.arrayNode().add(target.deepCopy()) : NODES.objectNode().set("value", target.deepCopy());
                steps.add("wrapped " + path);
                return replace(root, path, wrapped);
            }
        }
    }

    private static JsonNode replace(JsonNode root, String path, JsonNode value) {
        if (path.isEmpty()) {
            return value;
        }
        int slash = path.lastIndexOf('/');
        JsonNode parent = slash == 0 ? root : root.at(path.substring(0, slash));
        String last = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return root;
    }

    private static void collect(JsonNode node, String path, List<String> paths) {
        paths.add(path);
        if (node.isObject()) {
            for (String name : names(node)) {
                collect(node.get(name), path + "/" + name.replace("~", "~0").replace("/", "~1"), paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size() && i < 5; i++) {
                collect(node.get(i), path + "/" + i, paths);
            }
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    private static String truncate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}

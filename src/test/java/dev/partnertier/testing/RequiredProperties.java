package dev.partnertier.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks an answer against the {@code required} lists of the OpenAPI document's schema for it, all the way down. */
public final class RequiredProperties {

    private RequiredProperties() {
    }

    /**
     * Asserts that every property the schema (and the schemas it refers to, down the answer) requires is in the
     * answer, and that a property answered null is one its schema allows to be null; returns the names of the
     * schemas ({@code components/schemas}) whose required properties were checked on a value, so that a caller can
     * tell a schema the walk could not reach (an allOf, say) from one that passed. {@code doc} is the whole OpenAPI
     * document, for its {@code $ref}s; {@code path} names the answer in failures.
     */
    public static Set<String> assertHeld(JsonNode doc, JsonNode schema, JsonNode value, String path) {
        Set<String> checked = new TreeSet<>();
        walk(doc, schema, value, path, checked);
        return checked;
    }

    private static void walk(JsonNode doc, JsonNode schema, JsonNode value, String path, Set<String> checked) {
        if (value == null) {
            return;
        }
        if (value.isNull()) {
            assertThat(allowsNull(schema)).as(path + " is null, which its schema does not allow: " + schema).isTrue();
            return;
        }
        JsonNode resolved = resolve(doc, schema);
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                walk(doc, resolved.path("items"), value.get(i), path + "[" + i + "]", checked);
            }
            return;
        }
        for (JsonNode required : resolved.path("required")) {
            assertThat(value.has(required.asText())).as(path + "." + required.asText() + " (required) in " + value).isTrue();
        }
        String name = referenced(schema);
        if (name != null && resolved.has("required")) {
            checked.add(name);
        }
        for (Iterator<Map.Entry<String, JsonNode>> p = resolved.path("properties").fields(); p.hasNext();) {
            Map.Entry<String, JsonNode> property = p.next();
            walk(doc, property.getValue(), value.get(property.getKey()), path + "." + property.getKey(), checked);
        }
        if (resolved.path("additionalProperties").isObject()) { // a map: each value against its schema
            for (Iterator<Map.Entry<String, JsonNode>> entry = value.fields(); entry.hasNext();) {
                Map.Entry<String, JsonNode> e = entry.next();
                walk(doc, resolved.get("additionalProperties"), e.getValue(), path + "." + e.getKey(), checked);
            }
        }
    }

    /** The name of the schema a {@code $ref} (or a nullable {@code anyOf} of one) names, or null. */
    private static String referenced(JsonNode schema) {
        for (JsonNode option : schema.path("anyOf")) {
            if (option.has("$ref")) {
                return referenced(option);
            }
        }
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Whether a property's schema allows null: {@code "type": [..., "null"]} or {@code anyOf} with a null type. */
    private static boolean allowsNull(JsonNode schema) {
        for (JsonNode type : schema.path("type")) {
            if (type.asText().equals("null")) {
                return true;
            }
        }
        for (JsonNode option : schema.path("anyOf")) {
            if (option.path("type").asText().equals("null")) {
                return true;
            }
        }
        return schema.path("nullable").asBoolean(false);
    }

    /** The schema a {@code $ref} names in the document (also as the one option of a nullable {@code anyOf}), or the node itself. */
    public static JsonNode resolve(JsonNode doc, JsonNode node) {
        for (JsonNode option : node.path("anyOf")) { // a nullable reference: the schema, or null
            if (option.has("$ref")) {
                return resolve(doc, option);
            }
        }
        return node.has("$ref") ? doc.at(node.get("$ref").asText().substring(1)) : node;
    }
}

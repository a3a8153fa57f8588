package dev.partnertier.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks an answer against the {@code required} lists of the OpenAPI document's schema for it, all the way down. */
public final class RequiredProperties {

    private RequiredProperties() {
    }

    /**
     * Asserts that every property the schema (and the schemas it refers to, down the answer) requires is in the
     * answer, and that a property answered null is one its schema allows to be null; returns how many were checked, so that a schema the walk cannot read (an allOf, say) does not pass
     * unread. {@code doc} is the whole OpenAPI document, for its {@code $ref}s; {@code path} names the answer in
     * failures.
     */
    public static int assertHeld(JsonNode doc, JsonNode schema, JsonNode value, String path) {
        JsonNode resolved = resolve(doc, schema);
        if (value == null) {
            return 0;
        }
        if (value.isNull()) {
            assertThat(allowsNull(schema)).as(path + " is null, which its schema does not allow: " + schema).isTrue();
            return 1;
        }
        int checked = 0;
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                checked += assertHeld(doc, resolved.path("items"), value.get(i), path + "[" + i + "]");
            }
            return checked;
        }
        for (JsonNode required : resolved.path("required")) {
            assertThat(value.has(required.asText())).as(path + "." + required.asText() + " (required) in " + value).isTrue();
            checked++;
        }
        for (Iterator<Map.Entry<String, JsonNode>> p = resolved.path("properties").fields(); p.hasNext();) {
            Map.Entry<String, JsonNode> property = p.next();
            checked += assertHeld(doc, property.getValue(), value.get(property.getKey()), path + "." + property.getKey());
        }
        return checked;
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

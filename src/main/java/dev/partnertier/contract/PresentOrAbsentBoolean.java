package dev.partnertier.contract;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;

/**
 * A flag that may be left out (it then takes its default) but may not be {@code null} and may only be
 * {@code true} or {@code false}. Jackson's own null handling cannot tell a missing record component from an
 * explicit null; this deserializer can, because Jackson asks it separately for each.
 */
final class PresentOrAbsentBoolean extends StdDeserializer<Boolean> {

    PresentOrAbsentBoolean() {
        super(Boolean.class);
    }

    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
    }

    @Override
    public Boolean getNullValue(DeserializationContext ctxt) throws InvalidNullException {
        throw InvalidNullException.from(ctxt, null, ctxt.constructType(Boolean.class));
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return null;
    }
}

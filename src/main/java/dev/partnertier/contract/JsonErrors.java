package dev.partnertier.contract;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/** Says, in the API's words, where and why Jackson could not read a request: no Java types, no echoed input. */
public final class JsonErrors {

    /** The complaint key (and, with {@code -at}, its line and column) of a body whose JSON ends before it is complete. */
    static final String ENDED_EARLY = "body.ended-early";
    /** The complaint key of bytes that are not UTF-8 (with "-at" when Jackson knows where). */
    static final String NOT_UTF8 = "body.not-utf8";

    /** The complaint key of a key given twice in one object, named by its path. */
    public static final String GIVEN_TWICE = "field.given-twice";

    /** How Jackson's messages for the parser's limits ({@link StrictJson}) begin. */
    private static final String NESTING = "Document nesting depth";
    private static final String TEXT = "String value length";
    private static final String NUMBER = "Number value length";
    private static final String NAME = "Name length";

    private JsonErrors() {
    }

    /**
     * The error of an exception Jackson threw while reading a value found at {@code prefix} (empty at the root). A key
     * given twice is named by the parser's own path ({@link #duplicateKey}), which already starts at the root.
     */
    public static FieldError describe(String prefix, JsonProcessingException e) {
        String relative = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String field = prefix.isEmpty() ? relative : relative.isEmpty() ? prefix
                : relative.startsWith("[") ? prefix + relative : prefix + "." + relative;
        return complaint(field, e);
    }

    private static FieldError complaint(String field, JsonProcessingException e) {
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            return FieldError.of(duplicate, GIVEN_TWICE);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return FieldError.of(field, "field.unknown", RequestChecks.quoted(unknown.getPropertyName()),
                    known(unknown.getKnownPropertyIds()));
        }
        if (e instanceof InvalidNullException) {
            return FieldError.of(field, "field.null-leave-out");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            return FieldError.of(field, "field.one-of", constants(format.getTargetType()));
        }
        if (e instanceof ValueInstantiationException made && made.getType() != null
                && made.getType().isEnumType()) {
            // an enum written as ids ("performance"), whose @JsonCreator refused the text
            return FieldError.of(field, "field.one-of", constants(made.getType().getRawClass()));
        }
        if (causedBy(e, StreamConstraintsException.class)) {
            return overLimit(field, e);
        }
        if (causedBy(e, InputCoercionException.class)) {
            return outOfRange(field, e);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return FieldError.of(field, expected(mismatch.getTargetType()));
        }
        // Said apart from other parse errors: a body cut off in transit is fixed elsewhere than a malformed one.
        String key = endedEarly(e) ? ENDED_EARLY
                : notUtf8(e) ? NOT_UTF8
                : e instanceof JsonParseException || e.getCause() instanceof JsonParseException ? "body.not-json" : "body.unreadable";
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? FieldError.of(field, key)
                : FieldError.at(field, key + "-at", at.getLineNr(), at.getColumnNr());
    }

    /**
     * Bytes that are not UTF-8 where Jackson read UTF-8 ("Invalid UTF-8 start byte 0xfc", "... middle byte ..."): JSON
     * between systems is UTF-8 (RFC 8259, section 8.1), and a body saved in another encoding (Latin-1, EUC-KR) is
     * said as such, not as broken JSON.
     */
    static boolean notUtf8(JsonProcessingException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Invalid UTF-8");
    }

    /**
     * The error of an exception Jackson threw while reading at the parser's current position: as {@link #describe},
     * but a value over a limit of the parser ({@link StrictJson}), whose exception names no field, is named by the
     * parser's path, e.g. {@code partnerId} for a text of two million characters.
     */
    public static FieldError describe(String prefix, JsonProcessingException e, JsonParser parser) {
        FieldError error = describe(prefix, e);
        if (!causedBy(e, StreamConstraintsException.class)) {
            if (error.key().startsWith("body.not-json") && !error.field().isEmpty()) {
                // A value that is no JSON ("activeUsers": NaN, 0x10) inside an entry being bound: named by the parser's
                // path, which goes down to the value, where Jackson's stops at the entry.
                String at = path(parser.getParsingContext());
                if (at.startsWith(error.field() + ".") || at.startsWith(error.field() + "[")) {
                    return new FieldError(at, error.key(), error.args());
                }
            }
            return error;
        }
        String at = path(parser.getParsingContext()); // from the root of what the parser reads, as the prefix is
        String field = error.field();
        String message = limitMessage(e);
        if (message.startsWith(NESTING)) {
            // named where the nesting begins (the entry being bound), not at its deepest point
            field = field.isEmpty() ? firstPart(at) : field;
        } else if ((message.startsWith(TEXT) || message.startsWith(NUMBER))
                && (field.isEmpty() || at.equals(field) || at.startsWith(field + ".") || at.startsWith(field + "["))) {
            // Jackson's own path stops at the object whose value it was about to read. (Not for a key too long: the
            // parser then still holds the key before it.)
            field = at;
        }
        return overLimit(field, e);
    }

    /** A value over one of the parser's limits ({@link StrictJson}), told apart by Jackson's message. */
    private static FieldError overLimit(String field, JsonProcessingException e) {
        String message = limitMessage(e);
        if (message.startsWith(NAME)) {
            return FieldError.of(field, "field.name-too-long", StrictJson.MAX_NAME_LENGTH); // a key: named where it stands
        }
        if (field.isEmpty()) {
            return FieldError.of(field, "field.too-deep"); // the whole body: said without a name
        }
        if (message.startsWith(NESTING)) {
            return FieldError.of(field, "field.nested-too-deep", StrictJson.MAX_NESTING);
        }
        if (message.startsWith(TEXT)) {
            return FieldError.of(field, "field.text-too-long", StrictJson.MAX_STRING_LENGTH);
        }
        if (message.startsWith(NUMBER)) {
            return FieldError.of(field, "field.number-too-long", StrictJson.MAX_NUMBER_LENGTH);
        }
        return FieldError.of(field, "field.too-deep");
    }

    /**
     * A whole number beyond Java's {@code long}, said by the bound its field declares ({@code @Max}, or
     * {@code @PositiveOrZero} for a negative one), as a number within {@code long} but past that bound is: {@code
     * activeUsers: must be less than or equal to 100,000,000}. A field without such a bound gets "the number is out of
     * range".
     */
    private static FieldError outOfRange(String field, JsonProcessingException e) {
        Field declared = e instanceof JsonMappingException mapping ? declaredField(mapping) : null;
        Boolean negative = negative(e);
        if (declared != null && negative != null) {
            Max max = declared.getAnnotation(Max.class);
            if (negative && declared.isAnnotationPresent(PositiveOrZero.class)) {
                return FieldError.of(field, "field.min", 0);
            }
            if (!negative && max != null) {
                return FieldError.of(field, "field.max", max.value());
            }
        }
        return FieldError.of(field, "field.out-of-range");
    }

    /** The request record's field Jackson was binding (its Bean Validation annotations are on it), or null. */
    private static Field declaredField(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return null;
        }
        JsonMappingException.Reference last = e.getPath().get(e.getPath().size() - 1);
        Object from = last.getFrom();
        Class<?> type = from instanceof Class<?> c ? c : from != null ? from.getClass() : null;
        if (type == null || !type.isRecord() || last.getFieldName() == null) {
            return null;
        }
        try {
            return type.getDeclaredField(last.getFieldName());
        } catch (NoSuchFieldException notARecordComponent) {
            return null;
        }
    }

    /** Whether the number Jackson could not hold was negative, from the parser still at it; null when unknown. */
    private static Boolean negative(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputCoercionException coercion && coercion.getProcessor() != null) {
                try {
                    String text = coercion.getProcessor().getText();
                    return text == null ? null : text.startsWith("-");
                } catch (IOException unreadable) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Whether Jackson refused this for nesting past its limit ({@link StreamConstraintsException}). */
    static boolean nestedTooDeep(Throwable e) {
        return limitMessage(e).startsWith(NESTING);
    }

    /** Jackson's message for the limit a value went over ({@link StreamConstraintsException}), or "". */
    private static String limitMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                return String.valueOf(limit.getOriginalMessage());
            }
        }
        return "";
    }

    /** The first part of a path: {@code name} of {@code name.a.a}, {@code customers} of {@code customers[0].tenantId}. */
    static String firstPart(String path) {
        for (int i = 1; i < path.length(); i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                return path.substring(0, i);
            }
        }
        return path;
    }

    /**
     * The JSON path of a key given twice in one object ({@code customers[0].tenantId}), or null for any other error.
     * Jackson's strict duplicate detection ({@link StrictJson}) refuses the second as a parse error; its parser is then
     * inside that object, with the key as its current name, so the path is the parser's: from the root of what it read
     * (a body, an NDJSON line or a batch item, a scenario file), whatever prefix {@link #describe} was given.
     */
    static String duplicateKey(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException parse && parse.getOriginalMessage() != null
                    && parse.getOriginalMessage().startsWith("Duplicate field '")
                    && parse.getProcessor() != null) {
                return path(parse.getProcessor().getParsingContext());
            }
        }
        return null;
    }

    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.addFirst(shortened(c.getCurrentName()));
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(path.isEmpty() || part.startsWith("[") ? "" : ".").append(part);
        }
        return path.toString();
    }

    /** A name as the API quotes it: at most 64 characters, then "…". */
    static String shortened(String name) {
        return name.length() > 64 ? name.substring(0, 64) + "…" : name;
    }

    /** The names an unknown field could have been, sorted. */
    static String known(Collection<Object> names) {
        return names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    /** An enum's values as JSON writes them: by its {@code @JsonValue} method when it has one ({@code performance}), else by name. */
    static String constants(Class<?> enumType) {
        Method json = Arrays.stream(enumType.getMethods())
                .filter(m -> m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0)
                .findFirst().orElse(null);
        return Arrays.stream(enumType.getEnumConstants()).map(c -> {
            try {
                return json == null ? String.valueOf(c) : String.valueOf(json.invoke(c));
            } catch (ReflectiveOperationException e) {
                return String.valueOf(c);
            }
        }).collect(Collectors.joining(", "));
    }

    /**
     * Whether Jackson stopped at the end of the input. Jackson 2 throws {@link JsonEOFException} inside a value, but a
     * plain {@link JsonParseException} between an object's entries; both messages begin "Unexpected end-of-input".
     */
    static boolean endedEarly(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonEOFException || t instanceof JsonParseException parse && parse.getOriginalMessage() != null
                    && parse.getOriginalMessage().startsWith("Unexpected end-of-input")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The complaint key for a value of the wrong JSON type. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "field.other-type";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "field.whole-number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "field.boolean";
        }
        if (type == String.class) {
            return "field.string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "field.array";
        }
        return "field.object";
    }

    /** The JSON path Jackson was reading: {@code customers[3].workloads[0].activeUsers}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(shortened(ref.getFieldName()));
            }
        }
        return path.toString();
    }
}

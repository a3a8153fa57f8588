package dev.partnertier.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The partners of a batch body, read one at a time so that memory does not grow with the batch: either a JSON
 * array ({@link #jsonArray}) or NDJSON, one request per line ({@link #ndjson}, https://github.com/ndjson/ndjson-spec).
 * Each item is at most {@code maxItemBytes} (larger ones are skipped and answered 413); a JSON array holds at most
 * {@code maxItems} (each one after them is skipped and answered 413 by its index). Not thread-safe: one reader per
 * request.
 */
public abstract class BatchItems {

    protected final int maxItemBytes;
    protected int next;

    private BatchItems(int maxItemBytes) {
        this.maxItemBytes = maxItemBytes;
    }

    /** The next partner, or null after the last. */
    public abstract BatchItem next();

    /**
     * Whether this NDJSON line opens a JSON array that goes on past it: the first line of an array written over several
     * lines, such as a pretty-printed portfolio sent as NDJSON. An array on one line is one item, refused as not an
     * object like any other.
     */
    public static boolean opensAnArray(byte[] line) {
        int first = 0;
        int last = line.length - 1;
        while (first <= last && isSpace(line[first])) {
            first++;
        }
        while (last >= first && isSpace(line[last])) {
            last--;
        }
        return first <= last && line[first] == '[' && (first == last || line[last] != ']');
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }

    /** NDJSON: each non-blank line (LF or CRLF ended) is one request. */
    public static BatchItems ndjson(InputStream body, int maxItemBytes) {
        return new Lines(body, maxItemBytes);
    }

    /**
     * A JSON array of requests.
     *
     * @throws InvalidRequestException when the body does not start as a JSON array
     */
    public static BatchItems jsonArray(InputStream body, JsonFactory json, int maxItemBytes, int maxItems) {
        return new ArrayElements(body, json, maxItemBytes, maxItems);
    }

    /**
     * The array's own reading: as strict as a partner's ({@link StrictJson}) but that a text, a number or a key may be as
     * long as an item, and an item nested as deep as Jackson's default allows, so that such an item is copied whole and
     * refused on its own by the strict reading of the item (naming the field), not taken for a break in the array.
     */
    private static JsonFactory arrayReading(JsonFactory json, int maxItemBytes) {
        StreamReadConstraints strict = json.streamReadConstraints();
        return json.rebuild().streamReadConstraints(strict.rebuild()
                .maxStringLength(Math.max(strict.getMaxStringLength(), maxItemBytes))
                .maxNumberLength(Math.max(strict.getMaxNumberLength(), maxItemBytes))
                .maxNameLength(Math.max(strict.getMaxNameLength(), maxItemBytes))
                .maxNestingDepth(Math.max(strict.getMaxNestingDepth(), ITEM_NESTING) + 1) // the array is one level
                .build()).build();
    }

    /** The nesting an item may have for the array to read past it: Jackson's default. */
    private static final int ITEM_NESTING = StreamReadConstraints.DEFAULT_MAX_DEPTH;

    private static FieldError tooLarge(int limit) {
        return FieldError.of("", "batch.item-too-large", limit);
    }

    /** One line per item; a line longer than the limit is skipped to its end. */
    private static final class Lines extends BatchItems {
        private final InputStream body;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int end;
        private boolean finished;

        Lines(InputStream body, int maxItemBytes) {
            super(maxItemBytes);
            this.body = body;
        }

        @Override
        public BatchItem next() {
            while (!finished) {
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                long length = 0;
                boolean ended = false;
                while (!ended && fill()) {
                    int from = position;
                    while (position < end && buffer[position] != '\n') {
                        position++;
                    }
                    int count = position - from;
                    if (length + count <= maxItemBytes) {
                        line.write(buffer, from, count);
                    }
                    length += count;
                    if (position < end) {
                        position++; // the '\n'
                        ended = true;
                    }
                }
                byte[] bytes = line.toByteArray();
                int size = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                if (length == 0 || (length <= maxItemBytes && isBlank(bytes, size))) {
                    continue; // blank lines separate nothing
                }
                int index = next++;
                if (length > maxItemBytes) {
                    return BatchItem.refused(index, 413, tooLarge(maxItemBytes));
                }
                return BatchItem.read(index, size == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, size));
            }
            return null;
        }

        private static boolean isBlank(byte[] bytes, int size) {
            for (int i = 0; i < size; i++) {
                if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                    return false;
                }
            }
            return true;
        }

        /** True when bytes are waiting in the buffer (reading more if needed); false at the end of the body. */
        private boolean fill() {
            if (position < end) {
                return true;
            }
            try {
                int read = body.read(buffer);
                if (read <= 0) {
                    finished = true;
                    return false;
                }
                position = 0;
                end = read;
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Each element of a JSON array is copied, token by token and no further than the limit, into its own bytes. */
    private static final class ArrayElements extends BatchItems {
        private final JsonParser parser;
        private final JsonFactory json;
        private final int maxItems;
        private boolean finished;

        ArrayElements(InputStream body, JsonFactory json, int maxItemBytes, int maxItems) {
            super(maxItemBytes);
            this.json = json;
            this.maxItems = maxItems;
            try {
                this.parser = arrayReading(json, maxItemBytes).createParser(body);
                // Each item is read again, strictly, on its own (PartnerReader.readItem): a key given twice is that
                // item's error, named inside it, not a break in the array that would leave the partners after it unread.
                parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw new InvalidRequestException(FieldError.of("", "body.batch-array"));
                }
            } catch (JsonProcessingException e) {
                throw new InvalidRequestException(FieldError.of("", "body.batch-array"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public BatchItem next() {
            if (finished) {
                return null;
            }
            int index = next;
            try {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    return afterTheArray(index);
                }
                if (token == null) {
                    finish();
                    return null;
                }
                next++;
                if (index >= maxItems) {
                    parser.skipChildren(); // every partner over the limit is answered, by its index, without being read
                    return BatchItem.refused(index, 413, FieldError.of("", "batch.too-many", maxItems));
                }
                return copyElement(index);
            } catch (StreamConstraintsException e) {
                // Longer than an item may be (this item is too large), or nested past Jackson's default: the array cannot be
                // read on
                finish();
                return JsonErrors.nestedTooDeep(e)
                        ? BatchItem.refused(index, 400, FieldError.of("", "batch.nested-too-deep-after",
                                parser.streamReadConstraints().getMaxNestingDepth() - 1))
                        : BatchItem.refused(index, 413, FieldError.of("", "batch.item-too-large-after", maxItemBytes));
            } catch (JsonProcessingException e) {
                finish(); // a broken array cannot be read on: one item says where it broke
                String key = JsonErrors.endedEarly(e) ? "batch.ended-early-after"
                        : JsonErrors.notUtf8(e) ? "batch.not-utf8-after" : "batch.not-json-after";
                return BatchItem.refused(index, 400, FieldError.at("", key,
                        e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Null at the end of the body; anything after the closing bracket is one more item, saying where it begins. */
        private BatchItem afterTheArray(int index) throws IOException {
            JsonLocation at;
            try {
                if (parser.nextToken() == null) {
                    finish();
                    return null;
                }
                at = parser.currentTokenLocation();
            } catch (JsonProcessingException e) {
                at = e.getLocation() != null ? e.getLocation() : parser.currentLocation(); // not JSON either: said the same way
            }
            finish();
            return BatchItem.refused(index, 400, FieldError.at("", "batch.data-after-array", at.getLineNr(), at.getColumnNr()));
        }

        private void finish() {
            finished = true;
            try {
                parser.close();
            } catch (IOException e) {
                // the body is the request's: nothing of ours is left open
            }
        }

        /**
         * One token, as {@link JsonGenerator#copyCurrentEvent} does, but a number as its text: converting a number of a
         * million digits to a BigInteger takes seconds, and a double turns 1e400 into Infinity.
         */
        private static void copy(JsonParser parser, JsonGenerator out, JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                out.writeNumber(parser.getText());
            } else {
                out.copyCurrentEvent(parser);
            }
        }

        private BatchItem copyElement(int index) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            boolean tooLarge = false;
            try (JsonGenerator out = json.createGenerator(bytes)) {
                int depth = 0;
                do {
                    JsonToken token = parser.currentToken();
                    if (!tooLarge) {
                        copy(parser, out, token);
                        out.flush();
                        if (bytes.size() > maxItemBytes) {
                            tooLarge = true;
                            bytes.reset();
                        }
                    }
                    if (token.isStructStart()) {
                        depth++;
                    } else if (token.isStructEnd()) {
                        depth--;
                    }
                } while (depth > 0 && parser.nextToken() != null);
            }
            return tooLarge ? BatchItem.refused(index, 413, tooLarge(maxItemBytes)) : BatchItem.read(index, bytes.toByteArray());
        }
    }
}

package dev.partnertier.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import dev.partnertier.model.Market;
import dev.partnertier.model.PartnerFacts;

/**
 * Reads the body of {@code POST /evaluate} (and each partner of a batch, and the request of a scenario) straight
 * into the facts the rules judge, one customer at a time: Jackson binds each customer and individual to its
 * request record as strictly as {@link StrictJson} says, the record is checked ({@link RequestChecks}) and folded
 * into {@link PartnerFacts}, and dropped. Memory grows with the tenant ids kept for the answer, not with the
 * request's objects, so a 100,000-customer partner is read in a few tens of MB (bench/README.md).
 *
 * <p>Errors: a value Jackson cannot read ends the reading with its path; constraint violations are all collected
 * (sorted by path, the first hundred). Either way {@link InvalidRequestException}. When a list is longer than its
 * limit, only the limits are reported, and the entries beyond it are skipped unread.
 */
public final class PartnerReader {

    private static final String FIELDS = "customers, individuals, market, name, partnerId";
    /** The complaint key (with its line and column) of a body that goes on after the partner's object. */
    private static final String DATA_AFTER_OBJECT = "body.data-after-object";
    private static final String NOT_JSON = "body.not-json";

    private final ObjectMapper json;
    private final ObjectReader customers;
    private final ObjectReader individuals;
    private final RequestLimits limits;

    /** @param json an object mapper configured by {@link StrictJson} */
    public PartnerReader(ObjectMapper json, RequestLimits limits) {
        this.json = json;
        // Each entry is followed by the next one: "trailing tokens" are the rest of the request, not an error.
        this.customers = json.readerFor(CustomerRequest.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.individuals = json.readerFor(IndividualRequest.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.limits = limits;
    }

    /**
     * Reads a whole body: one JSON object and nothing after it (UTF-8, or UTF-16/32 with a byte order mark).
     *
     * @throws InvalidRequestException naming every field at fault
     * @throws UncheckedIOException when the body cannot be read (the client went away)
     */
    public PartnerFacts read(InputStream body) {
        return read(body, true);
    }

    /**
     * @param wholeBody whether this is the whole body of a request ({@code POST /evaluate}): then a JSON array is said to
     *                  be a portfolio sent to the wrong path, and another value not to be the object the body must be
     */
    private PartnerFacts read(InputStream body, boolean wholeBody) {
        try (JsonParser parser = json.getFactory().createParser(body)) {
            JsonToken first = wholeBody ? parser.nextToken() : null;
            if (first == JsonToken.START_ARRAY || first != null && first != JsonToken.START_OBJECT) {
                throw new InvalidRequestException(FieldError.of("", first == JsonToken.START_ARRAY ? "body.portfolio" : "body.object"));
            }
            PartnerFacts facts = read(parser);
            JsonLocation after = afterTheObject(parser);
            if (after != null) {
                throw new InvalidRequestException(FieldError.at("", DATA_AFTER_OBJECT, after.getLineNr(), after.getColumnNr()));
            }
            return facts;
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(JsonErrors.describe("", e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An error that an NDJSON item says about its line rather than the body. */
    private static boolean aboutTheLine(FieldError f) {
        return f.key().startsWith(JsonErrors.ENDED_EARLY) || f.key().equals(DATA_AFTER_OBJECT) || f.key().startsWith(NOT_JSON)
                || f.key().startsWith(JsonErrors.NOT_UTF8);
    }

    /** Where something follows the partner's object (JSON or not), or null when only whitespace does. */
    private static JsonLocation afterTheObject(JsonParser parser) throws IOException {
        try {
            return parser.nextToken() == null ? null : parser.currentTokenLocation();
        } catch (JsonProcessingException e) {
            return e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        }
    }

    /**
     * Reads one partner of a portfolio: an NDJSON line, or an element of a JSON array. As {@link #read(InputStream)},
     * except that a partner whose JSON ends early is said to end at its line (in NDJSON that is most often a partner
     * written over several lines), more after the partner is said to be on its line, and JSON that is not well formed
     * is said of the partner, not of the body (whose line 1 it is not).
     *
     * @throws InvalidRequestException naming every field at fault
     */
    public PartnerFacts readItem(byte[] json) {
        try {
            return read(new java.io.ByteArrayInputStream(json), false);
        } catch (InvalidRequestException e) {
            if (e.errors().stream().noneMatch(PartnerReader::aboutTheLine)) {
                throw e;
            }
            throw new InvalidRequestException(e.errors().stream()
                    .map(f -> aboutTheLine(f) ? new FieldError(f.field(), "item" + f.key().substring("body".length()), f.args()) : f)
                    .toList());
        }
    }

    /** Reads a partner given as a JSON tree (a scenario's request). */
    public PartnerFacts read(JsonNode request) {
        try (JsonParser parser = json.treeAsTokens(request)) {
            return read(parser);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(JsonErrors.describe("", e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one partner object from a parser positioned at its start (or just before it), leaving the parser on its
     * last token: a batch reads its items one after the other.
     *
     * @throws InvalidRequestException naming every field at fault
     * @throws IOException when the input cannot be read, or does not begin as JSON (a {@link JsonProcessingException});
     *         JSON that breaks off inside the object is an {@link InvalidRequestException}, with the errors before it
     */
    public PartnerFacts read(JsonParser parser) throws IOException {
        JsonToken start = parser.currentToken() == null ? parser.nextToken() : parser.currentToken();
        if (start != JsonToken.START_OBJECT) {
            throw new InvalidRequestException(FieldError.of("", start == null ? "body.object" : "field.object"));
        }
        Reading r = new Reading();
        try {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "partnerId" -> r.partnerId = text(parser, value, field, r);
                    case "name" -> r.name = text(parser, value, field, r);
                    case "market" -> r.market = market(parser, value, r);
                    case "customers" -> list(parser, value, field, r, limits.customers(), this::customer);
                    case "individuals" -> list(parser, value, field, r, limits.individuals(), this::individual);
                    default -> {
                        r.checks.add(FieldError.of(JsonErrors.shortened(field), "field.unknown",
                                RequestChecks.quoted(field), FIELDS));
                        parser.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            // JSON that breaks off, or a key given twice, ends the reading: with the errors found before it, as bind does.
            // Nesting past the limit inside a value already refused for its type is that one mistake, said once.
            FieldError stop = JsonErrors.describe("", e, parser);
            if (!(JsonErrors.nestedTooDeep(e) && !stop.field().isEmpty() && r.checks.hasErrorAt(stop.field()))) {
                r.checks.add(stop);
            }
            throw new InvalidRequestException(r.sizes.isEmpty() ? r.checks.sorted() : r.sizes.sorted());
        }
        return r.finish();
    }

    /** The state of one partner being read. */
    private static final class Reading {
        final RequestChecks checks = new RequestChecks();
        final RequestChecks sizes = new RequestChecks();
        final PartnerFacts.Builder facts = PartnerFacts.builder();
        final Map<String, Seen> tenants = new HashMap<>();
        final Map<String, Seen> people = new HashMap<>();
        String partnerId;
        String name;
        Market market;

        PartnerFacts finish() {
            if (!sizes.isEmpty()) {
                throw new InvalidRequestException(sizes.sorted());
            }
            if (!checks.hasErrorAt("partnerId")) { // a value of another type is not also blank
                checks.required(partnerId, Limits.ID_LENGTH, () -> "partnerId");
            }
            checks.optional(name, Limits.TEXT_LENGTH, () -> "name");
            if (market == null && !checks.hasErrorAt("market")) {
                checks.add(FieldError.of("market", "field.not-null"));
            }
            if (!checks.isEmpty()) {
                throw new InvalidRequestException(checks.sorted());
            }
            return facts.partner(partnerId, market).name(name).build();
        }
    }

    @FunctionalInterface
    private interface ElementReader {
        void read(JsonParser parser, int index, Reading r) throws IOException;
    }

    private static String text(JsonParser parser, JsonToken value, String field, Reading r) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (value != JsonToken.VALUE_NULL) {
            r.checks.add(FieldError.of(field, "field.string"));
            parser.skipChildren();
        }
        return null;
    }

    private static Market market(JsonParser parser, JsonToken value, Reading r) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            for (Market m : Market.values()) {
                if (m.name().equals(parser.getText())) {
                    return m;
                }
            }
            r.checks.add(FieldError.of("market", "field.one-of", JsonErrors.constants(Market.class)));
        } else if (value == JsonToken.VALUE_NULL) {
            r.checks.add(FieldError.of("market", "field.not-null"));
        } else {
            r.checks.add(FieldError.of("market", "field.one-of", JsonErrors.constants(Market.class)));
            parser.skipChildren();
        }
        return null;
    }

    /** A list of customers or individuals: null is empty; each entry read, or only counted beyond the limit. */
    private static void list(JsonParser parser, JsonToken value, String field, Reading r, int limit, ElementReader element)
            throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value != JsonToken.START_ARRAY) {
            r.checks.add(FieldError.of(field, "field.array"));
            parser.skipChildren();
            return;
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (index >= limit) {
                parser.skipChildren(); // counted, not read: the request is refused for its size
            } else if (parser.currentToken() == JsonToken.VALUE_NULL) {
                r.checks.add(FieldError.of(field + "[" + index + "]", "field.not-null"));
            } else {
                element.read(parser, index, r);
            }
            index++;
        }
        if (index > limit) {
            r.sizes.add(FieldError.of(field, "field.too-many", index, limit));
        }
    }

    private void customer(JsonParser parser, int index, Reading r) throws IOException {
        CustomerRequest c = bind(customers, parser, index, "customers", r, CustomerRequest.class);
        RequestChecks checks = r.checks;
        List<WorkloadRequest> workloads = c.workloads();
        checks.required(c.tenantId(), Limits.ID_LENGTH, () -> customerAt(index) + ".tenantId");
        unique(r.tenants, c.tenantId(), true, index, "tenantId", i -> customerAt(i) + ".tenantId", checks);
        boolean tooMany = false;
        if (c.associations().size() > limits.associationsPerCustomer()) {
            r.sizes.add(FieldError.of(customerAt(index) + ".associations", "field.too-many", c.associations().size(), limits.associationsPerCustomer()));
            tooMany = true;
        }
        if (workloads.size() > limits.workloadsPerCustomer()) {
            r.sizes.add(FieldError.of(customerAt(index) + ".workloads", "field.too-many", workloads.size(), limits.workloadsPerCustomer()));
            tooMany = true;
        }
        if (tooMany) {
            return;
        }
        checks.names(c.associations(), Integer.MAX_VALUE, Limits.NAME_LENGTH, () -> customerAt(index) + ".associations");
        for (int j = 0; j < workloads.size(); j++) {
            WorkloadRequest workload = workloads.get(j);
            if (workload == null) {
                checks.add(FieldError.of(workloadAt(index, j), "field.not-null"));
                continue;
            }
            int w = j;
            checks.required(workload.workload(), Limits.NAME_LENGTH, () -> workloadAt(index, w) + ".workload");
            checks.count(workload.activeUsers(), Limits.ACTIVE_USERS, () -> workloadAt(index, w) + ".activeUsers");
            // A customer has a handful of workloads: looking back beats a hash set. A workload's paid subscription and
            // a trial of it are two entries (the trial is excluded, the paid one counts); twice the same is a mistake.
            for (int k = 0; k < j && workload.workload() != null; k++) {
                WorkloadRequest earlier = workloads.get(k);
                if (earlier != null && workload.workload().equals(earlier.workload()) && workload.isTrial() == earlier.isTrial()) {
                    checks.add(FieldError.of(workloadAt(index, j) + ".workload", "field.duplicate", "workload",
                            RequestChecks.quoted(workload.workload()), workloadAt(index, k) + ".workload"));
                    break;
                }
            }
        }
        if (checks.isEmpty() && r.sizes.isEmpty()) {
            PartnerFacts.CustomerKey customer = r.facts.customer(c.tenantId(), c.associations());
            for (WorkloadRequest w : workloads) {
                r.facts.workload(customer, c.tenantId(), w.workload(), w.activeUsers(), w.isTrial());
            }
        }
    }

    private static String customerAt(int index) {
        return "customers[" + index + "]";
    }

    private static String workloadAt(int customer, int workload) {
        return "customers[" + customer + "].workloads[" + workload + "]";
    }

    private void individual(JsonParser parser, int index, Reading r) throws IOException {
        IntFunction<String> at = i -> "individuals[" + i + "]";
        IndividualRequest p = bind(individuals, parser, index, "individuals", r, IndividualRequest.class);
        RequestChecks checks = r.checks;
        checks.required(p.id(), Limits.ID_LENGTH, () -> at.apply(index) + ".id");
        unique(r.people, p.id(), false, index, "id", i -> at.apply(i) + ".id", checks);
        checks.optional(p.name(), Limits.TEXT_LENGTH, () -> at.apply(index) + ".name");
        int credentials = limits.credentialsPerIndividual();
        if (p.exams().size() > credentials || p.certifications().size() > credentials) {
            if (p.exams().size() > credentials) {
                r.sizes.add(FieldError.of(at.apply(index) + ".exams", "field.too-many", p.exams().size(), credentials));
            }
            if (p.certifications().size() > credentials) {
                r.sizes.add(FieldError.of(at.apply(index) + ".certifications", "field.too-many", p.certifications().size(), credentials));
            }
            return;
        }
        checks.names(p.exams(), credentials, Limits.NAME_LENGTH, () -> at.apply(index) + ".exams");
        checks.names(p.certifications(), credentials, Limits.NAME_LENGTH, () -> at.apply(index) + ".certifications");
        if (checks.isEmpty() && r.sizes.isEmpty()) {
            r.facts.individual(p.id(), p.name(), Set.copyOf(p.exams()), Set.copyOf(p.certifications()));
        }
    }

    /**
     * Binds one entry with Jackson; a value it cannot read ends the reading, with the errors found so far. What the body's
     * stream throws while Jackson binds a value (a limit passed, see {@code ChunkedBodyLimit}; the client gone) can come
     * wrapped in a {@code JsonMappingException} naming that value: it is the body failing to come, not the value at
     * fault, and is thrown as the stream threw it. (A {@code CharConversionException} is bytes that are not UTF-8: the
     * body's fault, said as such.)
     */
    private static <T> T bind(ObjectReader reader, JsonParser parser, int index, String list, Reading r, Class<T> type) throws IOException {
        try {
            return reader.readValue(parser, type);
        } catch (JsonProcessingException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof UncheckedIOException failure) {
                    throw failure;
                }
                if (cause instanceof IOException failure && !(cause instanceof JsonProcessingException)
                        && !(cause instanceof java.io.CharConversionException)) {
                    throw failure; // the client gone, a read that timed out: Jackson wraps these inside a list
                }
            }
            r.checks.add(JsonErrors.describe(list + "[" + index + "]", e, parser));
            throw new InvalidRequestException(r.sizes.isEmpty() ? r.checks.sorted() : r.sizes.sorted());
        }
    }

    /** Where an id was first given, and how it was written there. */
    private record Seen(int index, String value) {
    }

    /**
     * Refuses an id given before in the list, compared without spaces at either end ("t1" and "t1 " would count one
     * customer or one person twice) and, where {@code anyCase}, without letter case: a tenant's domain name or GUID
     * ignores case, a person's id from the partner's own systems may not. A blank id is refused as blank, not also
     * as a duplicate.
     */
    private static void unique(Map<String, Seen> seen, String value, boolean anyCase, int index, String what,
            IntFunction<String> path, RequestChecks checks) {
        if (value == null || value.isBlank()) {
            return;
        }
        String stripped = value.strip();
        Seen first = seen.putIfAbsent(anyCase ? stripped.toLowerCase(Locale.ROOT) : stripped, new Seen(index, value));
        if (first == null) {
            return;
        }
        if (first.value().equals(value)) {
            checks.add(FieldError.of(path.apply(index), "field.duplicate", what, RequestChecks.quoted(value), path.apply(first.index())));
        } else {
            checks.add(FieldError.of(path.apply(index), anyCase ? "field.duplicate-any-case" : "field.duplicate-spaced", what,
                    RequestChecks.quoted(value), path.apply(first.index()), RequestChecks.quoted(first.value())));
        }
    }
}

package dev.partnertier.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The constraints of the request contract, checked element by element as a request is read: blank or too long
 * names, counts out of range, lists longer than the limits. They are the constraints the request records declare
 * with Bean Validation annotations (which the OpenAPI schema shows); checked here in plain code because Hibernate
 * Validator cost a third of a 10,000-customer decision (bench/README.md), and proven the same by
 * {@code RequestChecksAgreeWithBeanValidationTest}. Paths are spelt out only for an error.
 * Collects at most {@value #MAX_ERRORS} errors, then counts the rest.
 */
final class RequestChecks {

    /** Enough to fix a request; a request with thousands of errors gets the first ones and a count. */
    static final int MAX_ERRORS = 100;
    /** By JSON path, in the order the entries come: customers[2] before customers[10]. */
    private static final Comparator<FieldError> BY_FIELD = Comparator.comparing(FieldError::field, JsonPathOrder.INSTANCE);

    private final List<FieldError> errors = new ArrayList<>();
    private int dropped;

    boolean isEmpty() {
        return errors.isEmpty() && dropped == 0;
    }

    void add(FieldError error) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(error);
        } else {
            dropped++;
        }
    }

    void add(Supplier<String> field, String key, Object... args) {
        add(FieldError.of(field.get(), key, args));
    }

    /** A required text: present, not blank, not longer than {@code max}. */
    void required(String value, int max, Supplier<String> field) {
        if (value == null || value.isBlank()) {
            add(field, "field.not-blank");
        } else if (value.length() > max) {
            add(field, "field.size", max);
        }
    }

    /** An optional text: absent or not longer than {@code max}. */
    void optional(String value, int max, Supplier<String> field) {
        if (value != null && value.length() > max) {
            add(field, "field.size", max);
        }
    }

    /** A list of names: no more than {@code limit} entries, each present, not blank, not longer than {@code max}. */
    void names(List<String> names, int limit, int max, Supplier<String> field) {
        if (names.size() > limit) {
            add(field, "field.too-many", names.size(), limit);
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            int at = i;
            required(names.get(i), max, () -> field.get() + "[" + at + "]");
        }
    }

    /** A required count between 0 and {@code max}. */
    void count(Long value, long max, Supplier<String> field) {
        if (value == null) {
            add(field, "field.not-null");
        } else if (value < 0) {
            add(field, "field.min", 0);
        } else if (value > max) {
            add(field, "field.max", max);
        }
    }

    boolean hasErrorAt(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The errors found, sorted by field, with a last entry counting those left out. */
    List<FieldError> sorted() {
        List<FieldError> sorted = new ArrayList<>(errors.stream().distinct().sorted(BY_FIELD).toList());
        if (dropped > 0) {
            sorted.add(FieldError.of("", "field.more-errors", dropped));
        }
        return sorted;
    }

    /** A value echoed in an error, cut short so that a hostile request is not sent back to its sender. */
    static String quoted(String value) {
        return "'" + (value.length() > 64 ? value.substring(0, 64) + "…" : value) + "'";
    }
}

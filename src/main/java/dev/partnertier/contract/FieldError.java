package dev.partnertier.contract;

import java.util.List;
import java.util.Locale;

/**
 * What is wrong with one field of a request: the field by its JSON path (e.g.
 * {@code customers[3].workloads[0].activeUsers}, or empty for the body as a whole) and the complaint, as a key of
 * {@code problems.properties} with its arguments, written in the caller's language by {@link #message(Locale)}.
 */
public record FieldError(String field, String key, List<String> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String key, Object... args) {
        return new FieldError(field, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The complaint in a language of the API ({@link ProblemText}). */
    public String message(Locale language) {
        return ProblemText.in(language).format(key, args.toArray());
    }

    /** The complaint in English, for logs. */
    public String message() {
        return message(Locale.ENGLISH);
    }
}

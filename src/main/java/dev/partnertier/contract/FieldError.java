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

    /**
     * A complaint with its arguments. A whole number ({@code Integer}, {@code Long}) is a quantity and is written with
     * a comma every three digits, as the answers write numbers ("at most 1,000,000 characters"); a position in a text
     * (line, column) is passed as text, written as editors show it ({@link #at}).
     */
    public static FieldError of(String field, String key, Object... args) {
        return new FieldError(field, key, java.util.Arrays.stream(args).map(FieldError::written).toList());
    }

    /** A complaint about a place in a text: its arguments are the line and column, as Jackson counts them (from 1). */
    public static FieldError at(String field, String key, int line, int column) {
        return new FieldError(field, key, List.of(Integer.toString(line), Integer.toString(column)));
    }

    private static String written(Object arg) {
        return arg instanceof Integer || arg instanceof Long ? String.format(Locale.ROOT, "%,d", arg) : String.valueOf(arg);
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

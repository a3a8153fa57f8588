package dev.partnertier.api;

/** What is wrong with one field of a request, named by its JSON path, e.g. {@code customers[3].workloads[0].activeUsers}. */
public record FieldError(String field, String message) {
}

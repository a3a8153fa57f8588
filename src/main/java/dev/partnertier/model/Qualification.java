package dev.partnertier.model;

/** Output fact: one route by which an individual qualifies (a person may meet more than one). */
public record Qualification(String individualId, String route, String explanation) {
}

package dev.partnertier.model;

/** Rule-made fact: one route by which an individual qualifies (a person may meet more than one). */
public record Qualification(String individualId, String route) {
}

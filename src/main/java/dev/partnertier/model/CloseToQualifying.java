package dev.partnertier.model;

/** Rule-made fact: an individual who is not qualified but lacks a single exam or certification of a route. */
public record CloseToQualifying(String individualId, String route) {
}

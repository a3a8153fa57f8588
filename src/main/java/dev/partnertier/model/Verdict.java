package dev.partnertier.model;

/** Rule-made fact: the tier the partner has earned. Exactly one per evaluation. */
public record Verdict(Tier tier) {
}

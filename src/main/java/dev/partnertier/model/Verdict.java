package dev.partnertier.model;

/** Output fact: the tier the partner has earned and the sentence that opens the explanation. */
public record Verdict(Tier tier, String explanation) {
}

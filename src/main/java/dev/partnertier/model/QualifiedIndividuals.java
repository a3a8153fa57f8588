package dev.partnertier.model;

/** Output fact: how many different people are qualified, each counted once. */
public record QualifiedIndividuals(int count, String explanation) {
}

package dev.partnertier.model;

/** Rule-made fact: how many different people are qualified, each counted once. */
public record QualifiedIndividuals(int count) {
}

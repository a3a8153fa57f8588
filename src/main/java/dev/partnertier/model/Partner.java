package dev.partnertier.model;

/** Input fact: the partner being evaluated. Exactly one per session. */
public record Partner(String partnerId, String name, Market market) {
}

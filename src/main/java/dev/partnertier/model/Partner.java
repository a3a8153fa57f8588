package dev.partnertier.model;

/**
 * Input fact: the partner being evaluated, one per session. Its name is not a fact: no rule judges it, and a name
 * is personal data the rules have no need to see.
 */
public record Partner(String partnerId, Market market) {
}

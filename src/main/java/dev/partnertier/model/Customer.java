package dev.partnertier.model;

import java.util.Set;

/**
 * Input fact: one of the partner's customers (an Office 365 tenant) and the associations the partner
 * holds with it, such as {@code DELEGATED_ADMIN}. Association names are data the rules judge.
 */
public record Customer(String tenantId, Set<String> associations) {

    public Customer {
        associations = Set.copyOf(associations);
    }
}

package dev.partnertier.security;

/**
 * The roles a bearer token can carry in its {@code groups} claim (MicroProfile JWT 2.1, section "groups").
 * A token may carry both.
 */
public final class Roles {

    /** The partner portal: may ask for decisions ({@code POST /evaluate} and the decision endpoints after it). */
    public static final String PORTAL = "portal";
    /** Business analysts: may read, check and try rules (everything under {@code /rules}). */
    public static final String ANALYST = "analyst";

    private Roles() {
    }
}

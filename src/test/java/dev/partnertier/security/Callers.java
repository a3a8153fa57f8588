package dev.partnertier.security;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** rest-assured requests as each kind of caller makes them: with a bearer token of its role. */
public final class Callers {

    private static String portal;
    private static String analyst;

    private Callers() {
    }

    /** The partner portal: role {@code portal}. */
    public static RequestSpecification portal() {
        return given().auth().oauth2(portalToken());
    }

    /** An analyst: role {@code analyst}. */
    public static RequestSpecification analyst() {
        return given().auth().oauth2(analystToken());
    }

    public static synchronized String portalToken() {
        if (portal == null) {
            portal = Tokens.portal();
        }
        return portal;
    }

    public static synchronized String analystToken() {
        if (analyst == null) {
            analyst = Tokens.analyst();
        }
        return analyst;
    }
}

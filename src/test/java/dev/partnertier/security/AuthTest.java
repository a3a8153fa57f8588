package dev.partnertier.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Base64;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/**
 * Every endpoint refuses a missing or bad token (401, RFC 6750 challenge) and a token without its role (403), as
 * problem+json that says nothing about why a token failed; each role reaches its own endpoints.
 */
@QuarkusTest
class AuthTest {

    /** An endpoint, the role it needs, and a request it answers with 2xx. */
    record Endpoint(String method, String path, String role, String body) {

        ValidatableResponse call(RequestSpecification request) {
            RequestSpecification r = body == null ? request : request.contentType(ContentType.JSON).body(body);
            return r.request(method, path).then();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final String PARTNER = "{\"partnerId\":\"p\",\"market\":\"MATURE\"}";
    static final String VALIDATE = "{\"files\":[{\"path\":\"extra.drl\",\"content\":\"package rules;\\n\"}]}";
    static final String SCENARIO = "{\"name\":\"s\",\"request\":" + PARTNER + ",\"expect\":{\"tier\":\"NONE\"}}";

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("POST", "/evaluate", Roles.PORTAL, PARTNER),
                new Endpoint("POST", "/evaluate/batch", Roles.PORTAL, "[" + PARTNER + "]"),
                new Endpoint("GET", "/rules", Roles.ANALYST, null),
                new Endpoint("POST", "/rules/validate", Roles.ANALYST, VALIDATE),
                new Endpoint("POST", "/rules/test", Roles.ANALYST, SCENARIO),
                new Endpoint("POST", "/rules/simulate", Roles.ANALYST, "{\"files\":[{\"path\":\"extra.drl\",\"content\":\"package rules;\\n\"}],\"partners\":[" + PARTNER + "]}"),
                new Endpoint("POST", "/rules/try", Roles.ANALYST, "{\"partner\":" + PARTNER + "}"),
                new Endpoint("POST", "/rules/try-scenarios", Roles.ANALYST, VALIDATE),
                new Endpoint("GET", "/rules/files/performance.drl", Roles.ANALYST, null),
                new Endpoint("GET", "/rules/scenario-files", Roles.ANALYST, null),
                new Endpoint("GET", "/rules/scenario-files/tier.json", Roles.ANALYST, null),
                new Endpoint("GET", "/workbench/examples", Roles.ANALYST, null));
    }

    /** Tokens that must be refused, each with what is wrong with it. */
    static Stream<Arguments> badTokens() {
        Instant now = Instant.now();
        KeyPair stranger = TestKeys.stranger();
        return Stream.of(
                Arguments.of("expired", Tokens.sign(Tokens.claims("x", Roles.PORTAL, Roles.ANALYST)
                        .issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600)))),
                Arguments.of("not yet valid", Tokens.sign(Tokens.claims("x", Roles.PORTAL, Roles.ANALYST)
                        .claim("nbf", now.plusSeconds(3600).getEpochSecond()))),
                Arguments.of("from another issuer", Tokens.sign(Tokens.claims("x", Roles.PORTAL, Roles.ANALYST)
                        .issuer("https://somebody-else.example"))),
                Arguments.of("meant for another service", Tokens.sign(Tokens.claims("x", Roles.PORTAL, Roles.ANALYST)
                        .audience("some-other-service"))),
                Arguments.of("meant for no service", Tokens.sign(Tokens.claims("x", Roles.PORTAL, Roles.ANALYST)
                        .remove("aud"))),
                Arguments.of("signed with another key", Tokens.claims("x", Roles.PORTAL, Roles.ANALYST).sign(stranger.getPrivate())),
                Arguments.of("with alg none", unsigned(Tokens.sign(Tokens.claims("x", Roles.PORTAL, Roles.ANALYST)))),
                Arguments.of("HS256 with the public key as its secret", hs256WithThePublicKey()),
                Arguments.of("not a JWT", "not-a-token"),
                Arguments.of("in three parts that are not a JWT", "abc.def.ghi"),
                Arguments.of("with its signature cut off", Tokens.portal().substring(0, Tokens.portal().lastIndexOf('.') + 1)));
    }

    /** The claims of a valid token under a header that says {@code alg: none}, and no signature. */
    private static String unsigned(String validToken) {
        String claims = validToken.split("\\.")[1];
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + claims + ".";
    }

    /** The classic algorithm confusion: a verifier that trusted the header would check an HMAC keyed with the public key. */
    private static String hs256WithThePublicKey() {
        try {
            byte[] publicPem = java.nio.file.Files.readAllBytes(TestKeys.PUBLIC);
            return Jwt.issuer(TestKeys.ISSUER).audience(Tokens.AUDIENCE).subject("x").groups(java.util.Set.of(Roles.PORTAL, Roles.ANALYST))
                    .jws().algorithm(SignatureAlgorithm.HS256)
                    .sign(new javax.crypto.spec.SecretKeySpec(publicPem, "HmacSHA256"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ValidatableResponse unauthorized(ValidatableResponse response) {
        return response.statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("requestId", notNullValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutATokenEveryEndpointIs401WithABearerChallenge(Endpoint endpoint) {
        unauthorized(endpoint.call(given()))
                .header("WWW-Authenticate", "Bearer realm=\"partner-tier\"");
    }

    @ParameterizedTest(name = "a token {0}")
    @MethodSource("badTokens")
    void aBadTokenIs401SayingNoMoreThanInvalidToken(String what, String token) {
        for (Endpoint endpoint : endpoints().toList()) {
            unauthorized(endpoint.call(given().auth().oauth2(token)))
                    .header("WWW-Authenticate", "Bearer realm=\"partner-tier\", error=\"invalid_token\"")
                    .body("detail", equalTo("The bearer token is not valid."))
                    .body(not(containsString("xpire")), not(containsString("ssuer")), not(containsString("ignature")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aValidTokenWithoutTheRoleIs403(Endpoint endpoint) {
        String otherRole = endpoint.role().equals(Roles.PORTAL) ? Roles.ANALYST : Roles.PORTAL;
        for (String token : new String[] {Tokens.sign(Tokens.claims("someone", otherRole)), Tokens.sign(Tokens.claims("nobody"))}) {
            endpoint.call(given().auth().oauth2(token)).statusCode(403).contentType("application/problem+json")
                    .body("status", equalTo(403))
                    .body("detail", equalTo("The bearer token is valid, but its groups claim has none of the roles this endpoint accepts: "
                            + endpoint.role() + "."));
        }
    }

    @Test
    void the403NamesTheRoleInKoreanToo() {
        given().auth().oauth2(Tokens.sign(Tokens.claims("someone", Roles.PORTAL))).header("Accept-Language", "ko")
                .get("/rules").then().statusCode(403)
                .body("detail", equalTo("베어러 토큰은 유효하지만 groups 클레임에 이 엔드포인트가 허용하는 역할이 하나도 없습니다: analyst."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aTokenWithTheRoleIsServed(Endpoint endpoint) {
        String token = Tokens.sign(Tokens.claims("someone", endpoint.role()));
        int status = endpoint.call(given().auth().oauth2(token)).extract().statusCode();
        assertThat(status).isBetween(200, 299);
    }

    @Test
    void aTokenAcceptedOnceIsRefusedOnceItHasExpiredThoughItWasRemembered() throws Exception {
        Instant now = Instant.now();
        String shortLived = Tokens.sign(Tokens.claims("brief", Roles.PORTAL).issuedAt(now).expiresAt(now.plusSeconds(2)));
        given().auth().oauth2(shortLived).contentType(ContentType.JSON).body(PARTNER).post("/evaluate").then().statusCode(200);

        Thread.sleep(4_000); // past the expiry and the 1 s of clock skew the tests allow

        unauthorized(given().auth().oauth2(shortLived).contentType(ContentType.JSON).body(PARTNER).post("/evaluate").then());
    }

    @Test
    void aRememberedTokenWithAnotherSignatureIsNotTakenForIt() {
        String token = Tokens.sign(Tokens.claims("remembered", Roles.PORTAL));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(PARTNER).post("/evaluate").then().statusCode(200);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + new StringBuilder(token.substring(token.lastIndexOf('.') + 1)).reverse();

        unauthorized(given().auth().oauth2(forged).contentType(ContentType.JSON).body(PARTNER).post("/evaluate").then());
    }

    @Test
    void twoAuthorizationHeadersAreRefusedWhicheverComesFirst() {
        // RFC 9110, 11.6.2: one Authorization field. A valid token beside garbage passed when it came first.
        String valid = "Bearer " + Tokens.sign(Tokens.claims("twice", Roles.PORTAL));
        for (List<String> headers : List.of(List.of(valid, "Bearer garbage"), List.of("Bearer garbage", valid), List.of(valid, valid))) {
            unauthorized(given().header("Authorization", headers.get(0)).header("Authorization", headers.get(1))
                    .contentType(ContentType.JSON).body(PARTNER).post("/evaluate").then())
                    .header("WWW-Authenticate", "Bearer realm=\"partner-tier\", error=\"invalid_request\"")
                    .body("detail", equalTo("The request has more than one Authorization header: send one, with one bearer token."));
        }
    }

    @Test
    void theBodyOfAnUnauthenticatedRequestIsNotRead() {
        // Malformed JSON would be a 400 if it were parsed: the caller is refused first.
        unauthorized(given().contentType(ContentType.JSON).body("{not json").post("/evaluate").then());
    }

    @Test
    void operationsAreOnTheManagementPortOnly() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            given().get(path).then().statusCode(404);
            Management.management().get(path).then().statusCode(200);
        }
    }
}

package dev.partnertier.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** auth.enabled=false (dev mode's setting): every endpoint answers everyone, and a token sent anyway is not read. */
@QuarkusTest
@TestProfile(AuthDisabledTest.Off.class)
class AuthDisabledTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("auth.enabled", "false", "rules.reload.enabled", "false");
        }
    }

    @Test
    void everyEndpointAnswersWithoutAToken() {
        given().contentType(ContentType.JSON).body(AuthTest.PARTNER).post("/evaluate").then().statusCode(200).body("tier", equalTo("NONE"));
        given().get("/rules").then().statusCode(200);
        given().contentType(ContentType.JSON).body(AuthTest.VALIDATE).post("/rules/validate").then().statusCode(200);
        given().contentType(ContentType.JSON).body(AuthTest.SCENARIO).post("/rules/test").then().statusCode(200);
    }

    @Test
    void aTokenSentAnywayIsIgnored() {
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(AuthTest.PARTNER).post("/evaluate")
                .then().statusCode(200);
    }
}

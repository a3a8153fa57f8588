package dev.partnertier.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.partnertier.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Why a token was refused is logged, for the operator, and not answered. (In the service's own JVM: the packaged
 * application's log is another process's, so this is not among {@link AuthTest}'s, which {@code AuthIT} runs again.)
 */
@QuarkusTest
class TokenRefusalLogTest {

    @ParameterizedTest(name = "a token {0} is logged as {1}")
    @CsvSource(delimiter = '|', value = {
        "expired | expired (exp)",
        "from another issuer | from another issuer",
        "meant for another service | meant for another audience",
        "meant for no service | meant for another audience, or for none",
        "signed with another key | not signed by the trusted key",
        "not a JWT | not readable as a signed JWT",
        "in three parts that are not a JWT | not readable as a signed JWT",
        "with alg none | signed with an algorithm that is not accepted",
        "HS256 with the public key as its secret | signed with an algorithm that is not accepted"})
    void whyATokenWasRefusedIsLoggedButNotAnswered(String what, String reason) {
        String token = AuthTest.badTokens().filter(a -> a.get()[0].equals(what)).findFirst().orElseThrow().get()[1].toString();
        try (LogCapture log = LogCapture.of("dev.partnertier.api.AuthProblemMappers")) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").post("/evaluate").then().statusCode(401)
                    .body(not(containsString(reason)));
            assertThat(log.lines()).anyMatch(line -> line.startsWith("401 invalid bearer token: " + reason));
        }
    }
}

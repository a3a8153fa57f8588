package dev.partnertier.workbench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.partnertier.security.Callers;
import dev.partnertier.security.WorkbenchSession;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The workbench's browser session: the page asks for a token until an analyst signs in; the session cookie is
 * HttpOnly and SameSite=Strict, and authenticates API calls only when they carry the workbench's header.
 */
@QuarkusTest
class WorkbenchSessionTest {

    @Test
    void withoutASessionThePageIsTheSignInFormAndHoldsNoRules() {
        given().get("/workbench").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .body(containsString("id=\"token\""))
                .body(not(containsString("performance.drl")));
        given().get("/workbench/examples").then().statusCode(401);
        given().get("/workbench/secrets.txt").then().statusCode(404);
    }

    @Test
    void onlyAnAnalystTokenStartsASession() {
        given().auth().oauth2(Callers.portalToken()).post("/workbench/session").then().statusCode(403);
        given().post("/workbench/session").then().statusCode(401);
        given().auth().oauth2(Callers.analystToken()).post("/workbench/session").then().statusCode(204)
                .header("Set-Cookie", allOf(containsString(WorkbenchSession.COOKIE + "="), containsString("HttpOnly"),
                        containsString("SameSite=Strict"), containsString("Path=/"), containsString("Secure")));
    }

    @Test
    void theCookieOpensThePageButActsOnTheApiOnlyWithTheWorkbenchHeader() {
        String token = Callers.analystToken();
        given().cookie(WorkbenchSession.COOKIE, token).get("/workbench").then().statusCode(200)
                .body(containsString("id=\"source\""));
        given().cookie(WorkbenchSession.COOKIE, token).get("/rules").then().statusCode(401);
        given().cookie(WorkbenchSession.COOKIE, token).contentType("application/json").body("{\"files\":[]}")
                .post("/rules/validate").then().statusCode(401);
        given().cookie(WorkbenchSession.COOKIE, token).header(WorkbenchSession.HEADER, "1").get("/rules").then().statusCode(200);
        given().cookie(WorkbenchSession.COOKIE, Callers.portalToken()).header(WorkbenchSession.HEADER, "1").get("/rules").then().statusCode(403);
        given().cookie(WorkbenchSession.COOKIE, "not-a-token").header(WorkbenchSession.HEADER, "1").get("/rules").then().statusCode(401);
    }

    @Test
    void aSessionWhoseTokenNoLongerVerifiesShowsTheSignInFormAgain() {
        given().cookie(WorkbenchSession.COOKIE, "not-a-token").get("/workbench").then().statusCode(200)
                .body(containsString("id=\"token\"")).body(not(containsString("id=\"source\"")));
    }

    @Test
    void signingOutEndsTheSession() {
        given().delete("/workbench/session").then().statusCode(204)
                .header("Set-Cookie", allOf(containsString(WorkbenchSession.COOKIE + "="), containsString("Max-Age=0")));
    }

    @Test
    void theEditorOpensActiveFilesOnly() {
        given().auth().oauth2(Callers.analystToken()).header("Accept-Language", "ko").get("/rules/files/performance.drl").then()
                .statusCode(200).body(containsString("Gold performance threshold in every market"))
                .header("Content-Language", org.hamcrest.Matchers.nullValue()); // DRL, in no language Accept-Language picks
        given().auth().oauth2(Callers.analystToken()).urlEncodingEnabled(false).get("/rules/files/%2E%2E%2Fpom.xml").then().statusCode(404);
        given().auth().oauth2(Callers.analystToken()).urlEncodingEnabled(false).get("/rules/files/..%2F..%2Fetc%2Fpasswd").then().statusCode(404);
        given().auth().oauth2(Callers.analystToken()).get("/rules/files/nothing.drl").then().statusCode(404)
                .contentType(equalTo("application/problem+json"));
    }
}

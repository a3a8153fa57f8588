package dev.partnertier.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static dev.partnertier.security.Callers.portal;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every size limit is a setting, and crossing it is a 400 (or 413 for the body) naming the list. */
@QuarkusTest
@TestProfile(SmallLimitsProfile.class)
class LimitsTest {

    private static ValidatableResponse post(String body) {
        return portal().contentType(ContentType.JSON).body(body).post("/evaluate").then();
    }

    private static String customers(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ",").append("{\"tenantId\":\"t").append(i).append("\"}");
        }
        return s.toString();
    }

    @Test
    void atTheLimitIsAccepted() {
        post("{\"partnerId\":\"p\",\"market\":\"MATURE\",\"customers\":[" + customers(3) + "]}").statusCode(200);
    }

    @Test
    void tooManyCustomers() {
        post("{\"partnerId\":\"p\",\"market\":\"MATURE\",\"customers\":[" + customers(4) + "]}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("customers"))
                .body("errors[0].message", equalTo("has 4 entries; at most 3 are accepted"));
    }

    @Test
    void tooManyWorkloadsAssociationsIndividualsAndCredentials() {
        post("""
                {"partnerId":"p","market":"MATURE",
                 "customers":[{"tenantId":"t","associations":["A","B","C"],"workloads":[{"workload":"A","activeUsers":1},{"workload":"B","activeUsers":1},{"workload":"C","activeUsers":1}]}],
                 "individuals":[{"id":"a","exams":["1","2","3","4"]},{"id":"b"},{"id":"c"}]}
                """)
                .statusCode(400)
                .body("errors.field", hasItem("customers[0].workloads"))
                .body("errors.field", hasItem("customers[0].associations"))
                .body("errors.field", hasItem("individuals"))
                .body("errors.field", hasItem("individuals[0].exams"));
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        post("{\"partnerId\":\"p\",\"market\":\"MATURE\",\"name\":\"" + "n".repeat(3000) + "\"}")
                .statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 2048"));
    }
}

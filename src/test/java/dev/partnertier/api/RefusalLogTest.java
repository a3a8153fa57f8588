package dev.partnertier.api;

import static dev.partnertier.api.EvaluateResourceTest.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dev.partnertier.security.Callers;
import dev.partnertier.testing.LogCapture;

/**
 * A refused request is logged by the fields at fault and the key of what is wrong, never by the values sent: an id
 * may be a person's name. (In the service's own JVM: the packaged application's log is another process's.)
 */
@QuarkusTest
class RefusalLogTest {

    @Test
    void aRefusalIsLoggedByFieldAndKeyWithoutTheValuesSent() {
        try (LogCapture log = LogCapture.of(ProblemMappers.class.getName())) {
            rejected("{\"partnerId\":\"p\",\"market\":\"MATURE\",\"individuals\":[{\"id\":\"Kim Minji\"},{\"id\":\"Kim Minji\"}]}")
                    .body("errors[0].field", equalTo("individuals[1].id"))
                    .body("errors[0].message", containsString("Kim Minji")); // the answer goes to the one who sent it
            assertThat(log.lines())
                    .contains("400 invalid request: individuals[1].id field.duplicate")
                    .noneMatch(line -> line.contains("Kim Minji"));
        }
    }

    @Test
    void aKeyTheClientChoseIsNotLoggedEither() {
        try (LogCapture log = LogCapture.of(ProblemMappers.class.getName())) {
            rejected("{\"partnerId\":\"p\",\"market\":\"MATURE\",\"Kim Minsu\":1,\"customers\":[{\"tenantId\":\"t\",\"Lee Jiwoo\":2}]}")
                    .body("errors.field", org.hamcrest.Matchers.hasItem("Kim Minsu"));
            assertThat(log.lines()).singleElement().satisfies(line -> assertThat(line)
                    .contains("? field.unknown", "customers[0].? field.unknown")
                    .doesNotContain("Kim Minsu", "Lee Jiwoo"));
        }
    }

    @Test
    void aKeyWithADotIsNotLoggedInPartsEither() {
        try (LogCapture log = LogCapture.of(ProblemMappers.class.getName())) {
            rejected("{\"partnerId\":\"p\",\"market\":\"MATURE\",\"customers\":[{\"tenantId\":\"t\",\"Kim.Minsu\":1}]}");
            assertThat(log.lines()).singleElement().satisfies(line -> assertThat(line)
                    .contains("customers[0].?.? field.unknown") // the contract's names and the indexes stay
                    .doesNotContain("Kim", "Minsu"));
        }
    }

    @Test
    void aPartnerOfABatchRefusedIsLoggedTheSameWayWithItsIndex() {
        try (LogCapture log = LogCapture.of(BatchResource.class.getName())) {
            Callers.portal().contentType(ContentType.JSON)
                    .body("[{\"partnerId\":\"p\",\"market\":\"MATURE\"},{\"partnerId\":\"q\",\"market\":\"MATURE\",\"individuals\":"
                            + "[{\"id\":\"Kim Minji\"},{\"id\":\"Kim Minji\"}]}]")
                    .post("/evaluate/batch").then().statusCode(200);
            assertThat(log.lines()).containsExactly("400 batch item 1 refused: individuals[1].id field.duplicate");
        }
    }
}

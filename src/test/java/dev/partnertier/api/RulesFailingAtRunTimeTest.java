package dev.partnertier.api;

import static dev.partnertier.security.Callers.analyst;
import static dev.partnertier.security.Callers.portal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.partnertier.testing.PartnerJson;
import dev.partnertier.testing.RulesCopy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Active rules whose consequence or condition throws for some partners: each such partner is answered 500 problem+json, whether it
 * was decided on the event loop (small) or on a worker thread (large), and the next request is served.
 */
@QuarkusTest
@TestProfile(RulesFailingAtRunTimeTest.BrokenForSomePartners.class)
class RulesFailingAtRunTimeTest {

    /**
     * The seed rules plus one whose consequence throws for a group of exactly 7 or more than 2,000 customers, and one
     * whose condition throws for exactly 11; one decision slot.
     */
    public static class BrokenForSomePartners implements QuarkusTestProfile {
        static final Path RULES;

        static {
            try {
                RULES = RulesCopy.temporary("partner-tier-failing-rules");
                Files.writeString(RULES.resolve("breaks.drl"), """
                        package rules;

                        import dev.partnertier.model.*;

                        rule "Some partners break the rules"
                            @description("Test only: fails at run time.")
                        when
                            Customers( count == 7 || count > 2000 )
                        then
                            throw new IllegalStateException("deliberately broken");
                        end

                        rule "Some partners break a condition"
                            @description("Test only: a constraint that throws for a group of exactly 11 customers.")
                        when
                            Customers( count == 11, Integer.parseInt("x" + count) > 0 )
                        then
                        end
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rules.dir", RULES.toString(), "rules.reload.enabled", "false", "admission.concurrent-decisions", "1",
                    "admission.max-wait", "200ms");
        }
    }

    @Test
    void aSmallPartnerTheRulesFailOnIs500AndTheNextOneIsDecided() {
        portal().contentType(ContentType.JSON).body(PartnerJson.customers(7)).post("/evaluate").then()
                .statusCode(500).contentType("application/problem+json").body("type", equalTo(Problem.RULES_FAILED))
                .body("detail", containsString("deliberately broken"))
                .body("detail", not(containsString("Exception"))) // no Java class name in an answer (README "Errors")
                .body("detail", containsString("Some partners break the rules"));
        portal().contentType(ContentType.JSON).body(PartnerJson.customers(8)).post("/evaluate").then()
                .statusCode(200).body("activeEntitlements", equalTo(24));
    }

    @Test
    void inKoreanTheDetailNamesTheRuleInsteadOfQuotingTheEnginesEnglish() {
        portal().header("Accept-Language", "ko").contentType(ContentType.JSON).body(PartnerJson.customers(7)).post("/evaluate").then()
                .statusCode(500).body("type", equalTo(Problem.RULES_FAILED))
                .body("detail", equalTo("현재 규칙이 이 파트너를 판정하지 못했습니다: 규칙 \"Some partners break the rules\"(breaks.drl, "
                        + "5번째 줄)에서 실패했습니다. 요청이 아닌 규칙의 결함입니다."));
        portal().header("Accept-Language", "ko").contentType(ContentType.JSON).body(PartnerJson.customers(11)).post("/evaluate").then()
                .statusCode(500)
                .body("detail", containsString("규칙 \"Some partners break a condition\"(breaks.drl, 13번째 줄)에서 실패했습니다. "))
                .body("detail", not(containsString("숫자"))) // the hint is the analyst's, in GET /rules
                .body("detail", not(containsString("For input string")));
        portal().header("Accept-Language", "ko").contentType(ContentType.JSON).body("[" + PartnerJson.customers(7) + "]")
                .post("/evaluate/batch").then().statusCode(200)
                .body("[0].status", equalTo(500))
                .body("[0].problem.detail", containsString("규칙 \"Some partners break the rules\"(breaks.drl, 5번째 줄)"));
    }

    @Test
    void aPartnerOnWhichAConditionThrowsIs500NamingTheRuleAndTheConstraint() {
        portal().contentType(ContentType.JSON).body(PartnerJson.customers(11)).post("/evaluate").then()
                .statusCode(500).contentType("application/problem+json").body("type", equalTo(Problem.RULES_FAILED))
                .body("detail", containsString("Some partners break a condition"))
                .body("detail", containsString("breaks.drl"))
                .body("detail", containsString("Integer.parseInt(\"x\" + count) > 0"));
        portal().contentType(ContentType.JSON).body(PartnerJson.customers(8)).post("/evaluate").then().statusCode(200);
    }

    @Test
    void aLargePartnerTheRulesFailOnIs500AndGivesItsDecisionSlotBack() {
        for (int i = 0; i < 3; i++) { // with one slot, a slot not given back would make the next one 503
            portal().contentType(ContentType.JSON).body(PartnerJson.customers(2_500)).post("/evaluate").then()
                    .statusCode(500).contentType("application/problem+json").body("type", equalTo(Problem.RULES_FAILED))
                .body("detail", containsString("Some partners break the rules"));
        }
        portal().contentType(ContentType.JSON).body(PartnerJson.customers(8)).post("/evaluate").then().statusCode(200);
    }

    @Test
    void getRulesCountsThePartnersTheActiveRulesFailedOnByRuleAndHintWithoutTheirData() {
        portal().contentType(ContentType.JSON).body(PartnerJson.customers(7)).post("/evaluate").then().statusCode(500);
        Instant before = Instant.now();
        portal().contentType(ContentType.JSON).body(PartnerJson.customers(7)).post("/evaluate").then().statusCode(500);
        portal().contentType(ContentType.JSON).body(PartnerJson.customers(11)).post("/evaluate").then().statusCode(500);

        String failures = "failures.find { it.rules[0].name == '%s' }";
        String thrown = String.format(failures, "Some partners break the rules");
        String condition = String.format(failures, "Some partners break a condition");
        analyst().get("/rules").then().statusCode(200)
                .body(thrown + ".rules[0].file", equalTo("breaks.drl"))
                .body(thrown + ".rules[0].line", equalTo(5))
                .body(thrown + ".count", greaterThanOrEqualTo(2))
                .body(condition + ".count", greaterThanOrEqualTo(1))
                .body(condition + ".hint", containsString("reads a text as a number"))
                .body("failures[0].lastAt", notNullValue());
        String lastAt = analyst().get("/rules").then().extract().path(thrown + ".lastAt");
        assertThat(Instant.parse(lastAt)).isAfterOrEqualTo(before.minusSeconds(1));
        analyst().header("Accept-Language", "ko").get("/rules").then().body(condition + ".hint", containsString("숫자"));
        // No partner's data: neither the message (which can quote a partner's text) nor a tenant or a request
        assertThat(analyst().get("/rules").then().extract().<Object>path("failures").toString())
                .doesNotContain("deliberately broken", "tenant-");
    }
}

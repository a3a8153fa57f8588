package dev.partnertier.workbench;

import static dev.partnertier.security.Callers.portal;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dev.partnertier.testing.HeadlessChromium;
import dev.partnertier.testing.PartnerJson;
import dev.partnertier.testing.RulesCopy;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The workbench says what an analyst should know of the active rules, in a real browser: scenarios that fail on them
 * (an edit went live before its scenarios were updated) and partners they failed on; and results on screen become
 * marked as stale once the edit they were run on changes.
 */
@QuarkusTest
@TestProfile(WorkbenchHealthBrowserTest.LiveWithFailingScenarios.class)
class WorkbenchHealthBrowserTest {

    /** The seed rules with the mature Silver threshold raised (some scenarios expect 2000) and a rule that throws for 7 customers. */
    public static class LiveWithFailingScenarios implements QuarkusTestProfile {
        static final Path RULES;

        static {
            try {
                RULES = RulesCopy.temporary("partner-tier-health");
                RulesCopy.setThreshold(RULES, "Silver performance threshold in a mature market", "2500");
                Files.writeString(RULES.resolve("breaks.drl"), """
                        package rules;

                        import dev.partnertier.model.*;

                        rule "Seven customers break the rules"
                            @description("Test only: fails at run time.")
                        when
                            Customers( count == 7 )
                        then
                            throw new IllegalStateException("deliberately broken");
                        end
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rules.dir", RULES.toString(), "rules.reload.enabled", "false");
        }
    }

    private static WebDriver browser;

    @TestHTTPResource("/workbench")
    URL workbench;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Signs in afresh, whichever test ran before in this browser. */
    private void signIn() {
        browser.get(workbench.toString());
        browser.manage().deleteAllCookies();
        HeadlessChromium.signIn(browser, workbench.toString());
    }

    @Test
    void theHeaderSaysWhichScenariosFailAndHowManyPartnersTheActiveRulesFailedOn() {
        portal().contentType(ContentType.JSON).body(PartnerJson.customers(7)).post("/evaluate").then().statusCode(500);

        signIn();
        HeadlessChromium.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("active-health"), "⚠"));
        String health = browser.findElement(By.id("active-health")).getText();
        assertThat(health).containsPattern("⚠ [1-9]\\d* of \\d+ scenarios fail on the active rules")
                .contains("the active rules failed on 1 partner");
        assertThat(browser.findElement(By.id("active-health")).getAttribute("title"))
                .contains("tier: expected SILVER, got NONE")
                .contains("Seven customers break the rules (breaks.drl, line 5): 1");

        try {
            new Select(browser.findElement(By.id("language"))).selectByValue("ko");
            HeadlessChromium.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("active-health"),
                    "활성 규칙이 파트너 1곳에서 실패했습니다"));
            HeadlessChromium.waiting(browser).until(ExpectedConditions.attributeContains(By.id("active-health"), "title",
                    "등급: 기대 SILVER, 실제 NONE")); // the mismatch's what and words in Korean too
        } finally {
            new Select(browser.findElement(By.id("language"))).selectByValue("en"); // kept by the page for the next test
        }
    }

    @Test
    void resultsOfAnEarlierEditAreMarkedStaleUntilRunAgain() {
        signIn();
        HeadlessChromium.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tabs button[data-tab='scenarios']"))).click();
        HeadlessChromium.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("scenario-result"), "failed"));
        assertThat(browser.findElements(By.cssSelector("#scenario-result .stale-note"))).isEmpty();

        ((JavascriptExecutor) browser).executeScript("const s = document.getElementById('source');"
                + "s.value = s.value + '\\n// an edit'; s.dispatchEvent(new Event('input'));");
        HeadlessChromium.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#scenario-result.stale .stale-note")));
        assertThat(browser.findElement(By.cssSelector("#scenario-result .stale-note")).getText())
                .isEqualTo("These results are of an earlier edit or language: run again.");

        // Run again: the new results arrive, neither dimmed nor noted (the run is on the edit as it is now)
        ((JavascriptExecutor) browser).executeScript("document.getElementById('scenario-result').replaceChildren()");
        browser.findElement(By.id("run-scenarios")).click();
        HeadlessChromium.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("scenario-result"), "failed"));
        assertThat(browser.findElements(By.cssSelector("#scenario-result .stale-note"))).isEmpty();
        assertThat(browser.findElement(By.id("scenario-result")).getAttribute("class")).doesNotContain("stale");

        // An edit made while a run is under way leaves its results marked stale when they arrive
        ((JavascriptExecutor) browser).executeScript("document.getElementById('scenario-result').replaceChildren();"
                + "document.getElementById('run-scenarios').click();"
                + "const s = document.getElementById('source'); s.value = s.value + '\\n// another edit';"
                + "s.dispatchEvent(new Event('input'));");
        HeadlessChromium.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("scenario-result"), "passed"));
        assertThat(browser.findElements(By.cssSelector("#scenario-result.stale .stale-note"))).hasSize(1);
    }
}

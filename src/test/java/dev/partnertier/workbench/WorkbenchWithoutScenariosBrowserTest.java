package dev.partnertier.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.partnertier.testing.HeadlessChromium;
import dev.partnertier.testing.RulesCopy;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The workbench on a rules folder without scenarios: rule coverage is not counted, so no rule is marked covered or not,
 * and the page says why instead. Candidate rules may not run there ({@code rules.candidates-enabled=false}), so the
 * scenarios of an edit run on the active rules, and the page says so.
 */
@QuarkusTest
@TestProfile(WorkbenchWithoutScenariosBrowserTest.RulesWithoutScenarios.class)
class WorkbenchWithoutScenariosBrowserTest {

    /** The service serving a copy of the seed rules whose scenarios folder is empty. */
    public static class RulesWithoutScenarios implements QuarkusTestProfile {

        static final Path RULES = RulesCopy.temporary("partner-tier-rules-without-scenarios");

        static {
            try (Stream<Path> scenarios = Files.list(RULES.resolve("scenarios"))) {
                for (Path file : scenarios.toList()) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rules.dir", RULES.toString(), "rules.candidates-enabled", "false");
        }
    }

    @TestHTTPResource("/workbench")
    URL workbench;

    @Test
    void noRuleIsMarkedCoveredAndThePageSaysCoverageIsNotCounted() {
        WebDriver browser = HeadlessChromium.start();
        try {
            HeadlessChromium.signIn(browser, workbench.toString());
            // the scenarios' tab is not the one shown: its text is read as the page holds it
            HeadlessChromium.waiting(browser).until(ExpectedConditions.attributeContains(By.id("scenario-result"), "textContent",
                    "Rule coverage is not counted: the rules decided no scenario's partner, or failed on one."));
            assertThat(browser.findElement(By.id("scenario-result")).getAttribute("textContent")).contains("0 passed, 0 failed.");
            assertThat(browser.findElements(By.cssSelector("#file-list .rule-name"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#file-list .covered, #file-list .not-covered"))).isEmpty();

            // An edit, and candidates may not run: the scenarios run on the active rules, as the result says.
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("const s = document.getElementById('source');"
                    + "s.value = s.value + '\\n// an edit'; s.dispatchEvent(new Event('input'));");
            browser.findElement(By.cssSelector(".tabs button[data-tab='scenarios']")).click();
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('scenario-result').textContent = '';");
            browser.findElement(By.id("run-scenarios")).click();
            HeadlessChromium.waiting(browser).until(ExpectedConditions.attributeContains(By.id("scenario-result"), "textContent",
                    "On the active rules"));
            assertThat(browser.findElement(By.id("scenario-result")).getText()).contains("0 passed, 0 failed.",
                    "Edited rules may not run on this service (rules.candidates-enabled=false): the scenarios ran on the active "
                    + "rules, without your rule edits.");
        } finally {
            browser.quit();
        }
    }
}

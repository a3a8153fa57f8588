package dev.partnertier.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.partnertier.testing.HeadlessChromium;
import dev.partnertier.testing.OddScenarioFiles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The workbench on scenario files as analysts' editors leave them: one saved with Windows line ends, one saved in
 * Latin-1 ({@link OddScenarioFiles}).
 */
@QuarkusTest
@TestProfile(OddScenarioFiles.class)
class WorkbenchScenarioFilesBrowserTest {

    @TestHTTPResource("/workbench")
    URL workbench;

    @Test
    void aFileWithWindowsLineEndsTakesAScenarioAndOneNotInUtf8SaysSo() {
        WebDriver browser = HeadlessChromium.start();
        JavascriptExecutor page = (JavascriptExecutor) browser;
        try {
            HeadlessChromium.signIn(browser, workbench.toString());
            page.executeScript("localStorage.setItem('workbench.lang', 'en')");
            browser.navigate().refresh();
            HeadlessChromium.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-name"), "performance.drl"));
            HeadlessChromium.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#scenario-file-list button[data-file='scenarios/windows.json']")));

            // Opened as it is, not marked edited; a partner added to it leaves JSON
            page.executeScript("document.querySelector(\"#scenario-file-list button[data-file='scenarios/windows.json']\").click()");
            HeadlessChromium.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-status"), "JSON: 1 scenario."));
            assertThat(page.executeScript("return document.querySelector(\"#scenario-file-list button[data-file='scenarios/windows.json']\").textContent"))
                    .isEqualTo("windows.json");
            browser.findElement(By.id("try")).click();
            HeadlessChromium.waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("add-scenario"))).click();
            HeadlessChromium.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-status"), "JSON: 2 scenarios."));
            assertThat(browser.findElement(By.id("source")).getAttribute("value")).startsWith("[\n{\"name\": \"Saved on Windows\"");

            // A file not saved as UTF-8 is not opened: the page says why, and the file open stays open
            page.executeScript("document.querySelector(\"#scenario-file-list button[data-file='scenarios/latin1.json']\").click()");
            HeadlessChromium.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-status"),
                    "latin1.json is not saved as UTF-8 (line 1, column 14): save it again with the encoding UTF-8"));
            assertThat(browser.findElement(By.id("file-name")).getText()).isEqualTo("scenarios/windows.json");
        } finally {
            browser.quit();
        }
    }
}

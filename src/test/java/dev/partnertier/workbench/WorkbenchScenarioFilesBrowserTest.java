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
            HeadlessChromium.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("file-name"))); // signed in
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

            // A result's file opens at its scenario, its Korean name written escaped, or at the line where it stops being JSON
            browser.findElement(By.cssSelector(".tabs button[data-tab='scenarios']")).click();
            // the run the page starts with is over (its results would replace these), then this run's alone
            HeadlessChromium.waiting(browser).until(ExpectedConditions.attributeContains(By.id("scenario-result"), "textContent", " passed, "));
            page.executeScript("document.getElementById('scenario-result').textContent = '';");
            browser.findElement(By.id("run-scenarios")).click();
            HeadlessChromium.waiting(browser).until(ExpectedConditions.attributeContains(By.id("scenario-result"), "textContent", "broken.json"));
            browser.findElement(By.xpath("//li[starts-with(., 'PASS 티어 ')]/button[@class='link']")).click();
            HeadlessChromium.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-name"), "scenarios/escaped.json"));
            assertThat(selected(page)).contains("\\uD2F0\\uC5B4");
            browser.findElement(By.xpath("//li[starts-with(., 'FAIL broken.json ')]/button[@class='link']")).click();
            HeadlessChromium.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-name"), "scenarios/broken.json"));
            assertThat(selected(page)).isEqualTo("  \"request\": {}}");
            browser.findElement(By.cssSelector(".tabs button[data-tab='try']")).click();

            // A file not saved as UTF-8 is not opened: the page says why, and the file open stays open
            page.executeScript("document.querySelector(\"#scenario-file-list button[data-file='scenarios/latin1.json']\").click()");
            HeadlessChromium.waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-status"),
                    "latin1.json is not saved as UTF-8 (line 1, column 14): save it again with the encoding UTF-8"));
            assertThat(browser.findElement(By.id("file-name")).getText()).isEqualTo("scenarios/broken.json");
        } finally {
            browser.quit();
        }
    }

    /** The text selected in the editor: where a jump landed. */
    private static String selected(JavascriptExecutor page) {
        return (String) page.executeScript("const s = document.getElementById('source'); return s.value.slice(s.selectionStart, s.selectionEnd);");
    }
}

package dev.partnertier.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.partnertier.security.Callers;
import dev.partnertier.testing.HeadlessChromium;
import dev.partnertier.testing.RulesCopy;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The workbench in a real browser (Debian's headless chromium through chromium-driver, which .ci/run installs):
 * sign in with an analyst token, break the Gold threshold and see the error at its line with its hint, fix it,
 * simulate the example portfolio and read the partner that changes tier, try that partner, switch to Korean, sign
 * out. Screenshots of the main states are written to target/workbench-screenshots (the README's come from there).
 */
@QuarkusTest
class WorkbenchBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "workbench-screenshots");
    private static final String GOLD = "Requirement.PERFORMANCE, 4000 )";
    private static WebDriver browser;

    @TestHTTPResource("/workbench")
    URL workbench;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessChromium.start();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static WebDriverWait waiting() {
        return HeadlessChromium.waiting(browser);
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** Edits the open file as typing would: the new text, then the input event the page listens to. */
    private static void replaceInEditor(String text, String replacement) {
        String before = browser.findElement(By.id("source")).getAttribute("value");
        assertThat(before).contains(text);
        ((JavascriptExecutor) browser).executeScript("const s = document.getElementById('source');"
                + "s.value = s.value.replace(arguments[0], arguments[1]); s.dispatchEvent(new Event('input'));", text, replacement);
    }

    @Test
    void anAnalystBreaksAThresholdSeesTheErrorAtItsLineFixesItAndSimulates() throws IOException {
        int goldLine = RulesCopy.lineOf(RulesCopy.SEED.resolve("performance.drl"), GOLD);

        HeadlessChromium.signIn(browser, workbench.toString());

        // Signed in: the active rules by file, performance.drl open, compiling, every rule covered by a scenario.
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-name"), "performance.drl"));
        waiting().until(ExpectedConditions.attributeToBe(By.id("check-status"), "class", "ok"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#file-list .covered")));
        assertThat(browser.findElement(By.id("scenario-result")).getAttribute("textContent")).contains("0 failed");
        assertThat(browser.findElements(By.cssSelector("#file-list button.file"))).extracting(WebElement::getText)
                .contains("performance.drl", "exams.drl", "tier.drl");
        assertThat(browser.findElements(By.cssSelector("#file-list .not-covered"))).isEmpty();
        screenshot("workbench-signed-in");

        // Break the Gold threshold: the error is at its line, with the plain hint, and the line is marked.
        replaceInEditor(GOLD, "Requirement.PERFORMANCE, 4,000 )");
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errors li[data-line='" + goldLine + "']")));
        assertThat(error.getText()).contains("performance.drl, line " + goldLine).contains("Write numbers without separators: 4000, not 4,000.");
        assertThat(browser.findElement(By.id("check-status")).getAttribute("class")).isEqualTo("bad");
        assertThat(browser.findElement(By.cssSelector("#gutter span[data-line='" + goldLine + "']")).getAttribute("class")).isEqualTo("error");
        error.click(); // jumps to the line
        screenshot("workbench-error-at-its-line");

        // Fix it with a new threshold: it compiles again.
        replaceInEditor("Requirement.PERFORMANCE, 4,000 )", "Requirement.PERFORMANCE, 4500 )");
        waiting().until(ExpectedConditions.attributeToBe(By.id("check-status"), "class", "ok"));
        assertThat(browser.findElements(By.cssSelector("#errors li"))).isEmpty();

        // The scenarios run on the edit: those that pin Gold at 4,000 fail, and nothing went live.
        browser.findElement(By.cssSelector(".tabs button[data-tab='scenarios']")).click();
        browser.findElement(By.id("run-scenarios")).click();
        waiting().until(ExpectedConditions.attributeContains(By.id("scenario-result"), "textContent", "On your edits"));
        String scenarios = browser.findElement(By.id("scenario-result")).getText();
        assertThat(scenarios).doesNotContain(" 0 failed").contains("FAIL ", "tier: expected ");
        screenshot("workbench-scenarios-on-the-edit");

        // What-if on the example portfolio: the partner at 4,200 goes from Gold to Silver, on performance.
        browser.findElement(By.cssSelector(".tabs button[data-tab='whatif']")).click();
        browser.findElement(By.id("load-portfolio")).click();
        assertThat(browser.findElement(By.id("portfolio")).getAttribute("value").lines().toList()).hasSize(3);
        browser.findElement(By.id("simulate")).click();
        WebElement change = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".change[data-partner='fourth-coffee']")));
        assertThat(change.getText()).contains("fourth-coffee", "GOLD", "SILVER", "Gold performance: met (4,200 of 4,000) → not met (4,200 of 4,500)");
        assertThat(browser.findElements(By.cssSelector(".change"))).hasSize(1);
        // The partners that keep their tier with a requirement that moves: tailspin's Gold gap grows
        assertThat(browser.findElement(By.cssSelector(".shift[data-partner='tailspin']")).getText())
                .contains("tailspin", "SILVER", "Gold performance: not met (2,500 of 4,000) → not met (2,500 of 4,500)");
        assertThat(browser.findElements(By.cssSelector(".shift"))).hasSize(2);
        assertThat(browser.findElement(By.id("simulation-result")).getText()).contains("1 partner changes tier", "2 keep their tier.");
        screenshot("workbench-what-if");

        // An edit that compiles but throws on every partner: the what-if names the rule and its fix, once per partner,
        // and does not call the partners unreadable.
        replaceInEditor("Requirement.PERFORMANCE, 4500 )", "Requirement.PERFORMANCE, Integer.parseInt(\"4 500\") )");
        waiting().until(ExpectedConditions.attributeToBe(By.id("check-status"), "class", "ok"));
        browser.findElement(By.id("simulate")).click();
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#simulation-result .failed"), 3));
        assertThat(browser.findElement(By.cssSelector("#simulation-result .failed")).getText())
                .contains("#1 fourth-coffee: the edited rules fail on this partner: the rule \"Gold performance threshold in every market\"")
                .contains("The rule reads a text as a number");
        assertThat(browser.findElement(By.id("simulation-result")).getText()).doesNotContain("could not be read");
        screenshot("workbench-what-if-failing-edit");
        replaceInEditor("Integer.parseInt(\"4 500\")", "4500");
        waiting().until(ExpectedConditions.attributeToBe(By.id("check-status"), "class", "ok"));

        // Try that partner with the edit: Silver, 300 short of the new Gold.
        browser.findElement(By.cssSelector(".tabs button[data-tab='try']")).click();
        new Select(browser.findElement(By.id("try-example"))).selectByValue("what-if/fourth-coffee");
        browser.findElement(By.id("try")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("try-result"), "with your edit"));
        assertThat(browser.findElement(By.id("try-result")).getText()).contains("SILVER", "Gold needs 300 more active entitlements");

        // As the portal shows it: what does not count, and who is one step from qualifying
        new Select(browser.findElement(By.id("try-example"))).selectByValue("silver-partner");
        browser.findElement(By.id("try")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("try-result"), "Not counted"));
        assertThat(browser.findElements(By.cssSelector("#try-result ul.excluded li"))).hasSize(4);
        assertThat(browser.findElement(By.id("try-result")).getText())
                .contains("does not count: it is a trial", "is one step from qualifying: still needs exam 70-347");

        // Korean, and the editor's hints follow.
        new Select(browser.findElement(By.id("language"))).selectByValue("ko");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header h1"), "규칙 워크벤치"));
        replaceInEditor("Requirement.PERFORMANCE, 4500 )", "Requirement.PERFORMANCE, \"4500\" )");
        WebElement korean = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#errors li[data-line='" + goldLine + "']")));
        assertThat(korean.getText()).contains("숫자는 따옴표 없이 쓰세요");
        screenshot("workbench-korean");

        // Nothing went live.
        String active = browser.findElement(By.id("version")).getText();
        assertThat(io.restassured.RestAssured.given().auth().oauth2(Callers.analystToken()).get("/rules").then().extract().<String>path("version"))
                .isEqualTo(active);

        // Signing out ends the session: the page asks for a token again.
        browser.findElement(By.id("sign-out")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        List<String> cookies = browser.manage().getCookies().stream().map(c -> c.getName()).toList();
        assertThat(cookies).doesNotContain(dev.partnertier.security.WorkbenchSession.COOKIE);
    }

    @Test
    void anAnalystEditsAScenarioFileAndKeepsATriedPartnerAsAScenario() throws IOException {
        HeadlessChromium.signIn(browser, workbench.toString());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("file-name"))); // signed in: the session's cookie is set
        ((JavascriptExecutor) browser).executeScript("localStorage.setItem('workbench.lang', 'en')"); // whichever test ran first
        browser.navigate().refresh();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-name"), "performance.drl"));
        waiting().until(ExpectedConditions.attributeContains(By.id("scenario-result"), "textContent", " 0 failed"));
        int folderScenarios = passed(browser.findElement(By.id("scenario-result")).getAttribute("textContent")); // its tab is hidden

        // The scenario files are listed beside the rule files, and open in the editor, checked as JSON.
        assertThat(texts("#scenario-file-list button.file")).contains("tier.json", "performance.json");
        clickNow("#scenario-file-list button[data-file='scenarios/tier.json']");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-name"), "scenarios/tier.json"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-status"), "JSON: "));
        replaceInEditor("\"tier\": \"GOLD\"", "\"tier\": GOLD");
        waiting().until(ExpectedConditions.attributeToBe(By.id("check-status"), "class", "bad"));
        assertThat(browser.findElement(By.id("check-status")).getText()).startsWith("Not JSON: ");

        // An expectation changed: the edited file runs in place of the folder's, on the active rules.
        replaceInEditor("\"tier\": GOLD", "\"tier\": \"SILVER\"");
        waiting().until(ExpectedConditions.attributeToBe(By.id("check-status"), "class", "ok"));
        browser.findElement(By.cssSelector(".tabs button[data-tab='scenarios']")).click();
        browser.findElement(By.id("run-scenarios")).click();
        waiting().until(ExpectedConditions.attributeContains(By.id("scenario-result"), "textContent", "Your edited scenarios on the active rules"));
        String result = browser.findElement(By.id("scenario-result")).getText();
        assertThat(result).contains((folderScenarios - 1) + " passed, 1 failed.", "tier: expected SILVER, got GOLD");
        assertThat(texts("#scenario-result .result > ul > li").get(0)) // failures first
                .startsWith("FAIL Gold when Gold performance and two qualified individuals are met (tier.json)");
        assertThat(browser.findElements(By.cssSelector("#scenario-result button.link[data-file='scenarios/tier.json']"))).isNotEmpty();
        assertThat(texts("#scenario-file-list button[data-file='scenarios/tier.json']")).containsExactly("tier.json *");
        screenshot("workbench-scenario-file-edited");

        // Undone: the folder's scenarios pass again.
        browser.findElement(By.id("reset")).click();
        browser.findElement(By.id("run-scenarios")).click();
        waiting().until(ExpectedConditions.attributeContains(By.id("scenario-result"), "textContent", "On the active rules"));
        assertThat(browser.findElement(By.id("scenario-result")).getText()).contains(folderScenarios + " passed, 0 failed.");

        // A scenario's file in the results opens at that scenario.
        browser.findElement(By.xpath("//li[starts-with(., 'PASS A Gold partner has no gaps')]/button[@class='link']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-name"), "scenarios/gaps.json"));
        assertThat((String) ((JavascriptExecutor) browser).executeScript(
                "const s = document.getElementById('source'); return s.value.slice(s.selectionStart, s.selectionEnd);"))
                .contains("\"name\": \"A Gold partner has no gaps\"");

        // A partner tried with a scenario file open is added at its end, as text: the file's own lines stay as they are.
        clickNow("#scenario-file-list button[data-file='scenarios/tier.json']");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-name"), "scenarios/tier.json"));
        String tierFile = browser.findElement(By.id("source")).getAttribute("value");
        browser.findElement(By.cssSelector(".tabs button[data-tab='try']")).click();
        browser.findElement(By.id("try")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("add-scenario"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-status"), "JSON: 6 scenarios."));
        assertThat(browser.findElement(By.id("source")).getAttribute("value"))
                .startsWith(tierFile.substring(0, tierFile.lastIndexOf(']')).stripTrailing() + ",\n  {\n    \"name\": ");
        assertThat((String) ((JavascriptExecutor) browser).executeScript(
                "const s = document.getElementById('source'); return s.value.slice(s.selectionStart, s.selectionEnd);"))
                .contains("\"name\": \"");
        browser.findElement(By.id("reset")).click();

        // A partner tried from a rule file becomes a scenario of a new file, with what the rules decided for it.
        clickNow("#file-list button[data-file='performance.drl']");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-name"), "performance.drl"));
        browser.findElement(By.cssSelector(".tabs button[data-tab='try']")).click();
        new Select(browser.findElement(By.id("try-example"))).selectByValue("silver-partner");
        browser.findElement(By.id("try")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("add-scenario"))).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-name"), "scenarios/workbench-scenarios.json"));
        String added = browser.findElement(By.id("source")).getAttribute("value");
        assertThat(added).contains("\"expect\": {", "\"tier\": \"SILVER\"", "\"activeEntitlements\": ", "\"request\": {",
                "\"gaps\": [", "\"level\": \"GOLD\"");
        assertThat(browser.findElement(By.id("check-status")).getText()).contains("JSON: 1 scenario.");
        // Added again: a name of its own, and the browser's undo takes the addition back
        browser.findElement(By.cssSelector(".tabs button[data-tab='try']")).click();
        browser.findElement(By.id("add-scenario")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-status"), "JSON: 2 scenarios."));
        assertThat(browser.findElement(By.id("source")).getAttribute("value")).contains("\"name\": \"contoso-msp: SILVER (2)\"");
        browser.findElement(By.id("source")).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "z"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-status"), "JSON: 1 scenario."));
        assertThat(browser.findElement(By.id("source")).getAttribute("value")).isEqualTo(added);
        assertThat(texts("#scenario-file-list button[data-file='scenarios/workbench-scenarios.json']")).containsExactly("workbench-scenarios.json *");
        browser.findElement(By.cssSelector(".tabs button[data-tab='scenarios']")).click();
        browser.findElement(By.id("run-scenarios")).click();
        waiting().until(ExpectedConditions.attributeContains(By.id("scenario-result"), "textContent", "Your edited scenarios on the active rules"));
        assertThat(browser.findElement(By.id("scenario-result")).getText()).contains((folderScenarios + 1) + " passed, 0 failed.",
                "PASS contoso-msp: SILVER (workbench-scenarios.json)"); // the example "silver-partner"
        screenshot("workbench-scenario-added");

        // Undoing a file made here drops it.
        browser.findElement(By.id("reset")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-name"), "performance.drl"));
        assertThat(texts("#scenario-file-list button[data-file='scenarios/workbench-scenarios.json']")).isEmpty();

        // Nothing edited: what-if has nothing to compare, and says so.
        browser.findElement(By.cssSelector(".tabs button[data-tab='whatif']")).click();
        browser.findElement(By.id("load-portfolio")).click();
        browser.findElement(By.id("simulate")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("simulation-result"), "edit a rule file first"));
    }

    /** The texts of the elements that match now (the file lists are drawn again as checks and runs end). */
    @SuppressWarnings("unchecked")
    private static List<String> texts(String css) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent);", css);
    }

    /** Clicks the element that matches now, in one step (a list drawn again between finding and clicking cannot fail it). */
    private static void clickNow(String css) {
        ((JavascriptExecutor) browser).executeScript("document.querySelector(arguments[0]).click();", css);
    }

    /** The number of scenarios passed in a scenario result ("27 passed, 0 failed."). */
    private static int passed(String result) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) passed, \\d+ failed").matcher(result);
        assertThat(m.find()).as(result).isTrue();
        return Integer.parseInt(m.group(1));
    }
}

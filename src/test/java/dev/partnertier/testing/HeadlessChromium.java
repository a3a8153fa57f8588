package dev.partnertier.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.partnertier.security.Callers;

/**
 * Debian's headless chromium through chromium-driver (which {@code .ci/run} installs), for the tests of the workbench
 * page: the browser started at 1700 x 1050 in English, a wait of up to 20 s, and signing in with an analyst token.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** A new browser; fails, naming the packages to install, when chromium or its driver is missing. */
    public static WebDriver start() {
        File chromium = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        File driver = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        assertThat(chromium).as("a chromium browser: apt-get install -y chromium chromium-driver (.ci/run does)").isNotNull();
        assertThat(driver).as("chromedriver: apt-get install -y chromium-driver (.ci/run does)").isNotNull();
        ChromeOptions options = new ChromeOptions().setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1700,1050", "--lang=en-US");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver).build(), options);
    }

    /** Waits up to 20 s for a condition of the page. */
    public static WebDriverWait waiting(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Opens the workbench at {@code url} and signs in with an analyst token. */
    public static void signIn(WebDriver browser, String url) {
        browser.get(url);
        waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("token"))).sendKeys(Callers.analystToken());
        browser.findElement(By.id("sign-in")).click();
    }

    private static File firstExisting(String... paths) {
        for (String path : paths) {
            File file = new File(path);
            if (file.canExecute()) {
                return file;
            }
        }
        return null;
    }
}

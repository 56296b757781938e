package org.preau.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for every browser test of the run: starting a browser costs seconds, so it is started
 * on first use and quit when the JVM ends. Uses Debian's {@code chromium} and {@code chromium-driver}; when they
 * are missing the test fails (CI installs them, see {@code .ci/run}), it is never skipped.
 */
public final class SharedBrowser {

    static final String CHROMIUM = System.getProperty("preau.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("preau.chromedriver", "/usr/bin/chromedriver");

    private static WebDriver driver;

    private SharedBrowser() {
    }

    /** The shared browser on Préau's login page at {@code baseUrl}, with no cookies left from an earlier test. */
    public static WebDriver signedOut(String baseUrl) {
        WebDriver browser = driver();
        browser.get(baseUrl + "/login");
        browser.manage().deleteAllCookies();
        return browser;
    }

    /**
     * Signs in through the real login form and waits until the browser has left the login page, so that the next
     * navigation cannot cancel the sign-in still in flight.
     */
    public static void signIn(WebDriver browser, String baseUrl, String username, String password) {
        browser.get(baseUrl + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    public static synchronized WebDriver driver() {
        if (driver == null) {
            driver = start();
            Runtime.getRuntime().addShutdownHook(new Thread(SharedBrowser::quit, "shared-browser-quit"));
        }
        return driver;
    }

    private static WebDriver start() {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("preau-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=fr-FR", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    private static void requireExecutable(String path, String debianPackage) {
        if (!new File(path).canExecute()) {
            throw new AssertionError("Browser tests need " + path + ": install it with "
                    + "`apt-get update; apt-get install -y chromium chromium-driver` (package " + debianPackage
                    + "), or point -Dpreau.chromium / -Dpreau.chromedriver at another Chromium and driver.");
        }
    }

    private static synchronized void quit() {
        if (driver != null) {
            try {
                driver.quit();
            } catch (RuntimeException ignored) {
                // the JVM is ending; the browser process dies with it
            }
            driver = null;
        }
    }
}

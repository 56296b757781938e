package org.preau.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preau.demo.DemoAccounts;
import org.preau.platform.Member;
import org.preau.platform.TenantContext;
import org.preau.school.PupilAccess;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolDirectory;
import org.preau.support.DemoMembers;
import org.preau.support.PreauTest;
import org.preau.support.SharedBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The journeys people take in a real browser: sign in, find their page, switch language, sign out. */
@PreauTest
class BrowserJourneyTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchoolDirectory directory;
    @Autowired
    PupilAccess pupils;

    WebDriver browser;

    @BeforeEach
    void freshBrowserSession() {
        browser = SharedBrowser.signedOut(url(""));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username) {
        SharedBrowser.signIn(browser, url(""), username, DemoAccounts.PASSWORD);
    }

    private void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    private void waitForLanguage(String lang) {
        waitUntil(d -> lang.equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    @Test
    void everyDemoRoleSignsInAndSeesTheirHomePage() {
        record Expected(String username, String section) {
        }
        for (Expected expected : List.of(new Expected(DemoAccounts.DIRECTION, "L'établissement"),
                new Expected(DemoAccounts.CPE, "L'établissement"),
                new Expected(DemoAccounts.PROFESSEUR, "Mes classes"),
                new Expected(DemoAccounts.PARENT, "Mes enfants"),
                new Expected(DemoAccounts.PARENT2, "Mes enfants"),
                new Expected(DemoAccounts.ELEVE, "Ma classe"))) {
            browser.manage().deleteAllCookies();
            signIn(expected.username());
            assertThat(browser.getCurrentUrl()).as(expected.username()).isEqualTo(url("/"));
            assertThat(heading()).as(expected.username()).startsWith("Bonjour");
            assertThat(main()).as(expected.username()).contains(expected.section());
            assertThat(browser.findElement(By.cssSelector(".brand-school")).getText())
                    .isEqualTo(DemoAccounts.SCHOOL_NAME);
        }
    }

    @Test
    void aWrongPasswordKeepsTheVisitorOnTheLoginPageWithAMessage() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(DemoAccounts.PARENT);
        browser.findElement(By.id("password")).sendKeys("pas le bon");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/login?error"));
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("Identifiant ou mot de passe incorrect.");
    }

    @Test
    void aParentFollowsTheLinkToTheirChildButCannotOpenAnotherFamilysChildByUrl() {
        signIn(DemoAccounts.PARENT);
        browser.findElement(By.cssSelector(".child-list a")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/pupils/"));
        assertThat(main()).contains("Professeur principal");

        Member parent2 = new DemoMembers(jdbc, directory).member(DemoAccounts.PARENT2);
        PupilSummary otherChild = TenantContext.callAs(parent2.school(), () -> pupils.childrenOf(parent2)).getFirst();
        browser.get(url("/pupils/" + otherChild.id().value()));
        assertThat(heading()).isEqualTo("Page introuvable");
        assertThat(browser.getPageSource()).doesNotContain(otherChild.lastName());
    }

    @Test
    void theEnglishSwitchTranslatesTheShellAndStays() {
        signIn(DemoAccounts.ELEVE);
        browser.findElement(By.cssSelector("a.lang")).click();
        waitForLanguage("en");
        assertThat(main()).contains("My class").contains("Homework");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        browser.get(url("/"));
        assertThat(main()).contains("My class");
        browser.findElement(By.cssSelector("a.lang")).click();
        waitForLanguage("fr");
        assertThat(main()).contains("Ma classe");
    }

    @Test
    void signingOutLeadsBackToTheLoginPageAndClosesTheSession() {
        signIn(DemoAccounts.PROFESSEUR);
        browser.findElement(By.cssSelector("form.logout button")).click();
        // the click returns before the redirect is followed: wait for it rather than read the old address
        waitUntil(d -> d.getCurrentUrl().endsWith("/login?logout"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Vous êtes déconnecté.");
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }
}

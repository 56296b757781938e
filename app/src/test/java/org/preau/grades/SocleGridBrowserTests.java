package org.preau.grades;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preau.demo.DemoAccounts;
import org.preau.support.PreauTest;
import org.preau.support.SharedBrowser;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real browser: a teacher fills the socle grid of a division with the keyboard only. */
@PreauTest
class SocleGridBrowserTests {

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void freshBrowserSession() {
        browser = SharedBrowser.signedOut(url(""));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement cell(int row, int column) {
        return browser.findElement(By.id("socle-" + row + "-" + column));
    }

    @Test
    void teacherFillsTheSocleGridWithTheKeyboard() {
        SharedBrowser.signIn(browser, url(""), DemoAccounts.PROFESSEUR, DemoAccounts.PASSWORD);
        browser.get(url("/grades"));
        browser.findElement(By.cssSelector("section[aria-labelledby=socle-title] a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("socle-grid")));
        String gridUrl = browser.getCurrentUrl();

        // row 0: "2" then → moves to the next component; "4" then Enter moves down to row 1 in that column
        cell(0, 0).click();
        browser.switchTo().activeElement().sendKeys("2" + Keys.ARROW_RIGHT);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("socle-0-1");
        browser.switchTo().activeElement().sendKeys("4" + Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("socle-1-1");
        browser.switchTo().activeElement().sendKeys("3" + Keys.ARROW_UP);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("socle-0-1");
        // a value outside 1–4 is flagged and not saved
        cell(2, 0).click();
        browser.switchTo().activeElement().sendKeys("7" + Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("socle-2-0"), "aria-invalid", "true"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("socle-status"), "1, 2, 3 ou 4"));
        wait.until(d -> cell(1, 1).findElement(By.xpath("..")).getAttribute("class").contains("level-3"));

        browser.get(gridUrl);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("socle-grid")));
        assertThat(cell(0, 0).getAttribute("value")).isEqualTo("2");
        assertThat(cell(0, 1).getAttribute("value")).isEqualTo("4");
        assertThat(cell(1, 1).getAttribute("value")).isEqualTo("3");
        assertThat(cell(2, 0).getAttribute("value")).isEmpty();
        assertThat(cell(0, 1).findElement(By.xpath("..")).getAttribute("class")).contains("level-4");
        assertThat(cell(0, 1).getAttribute("title")).isEqualTo("Très bonne maîtrise");
    }
}

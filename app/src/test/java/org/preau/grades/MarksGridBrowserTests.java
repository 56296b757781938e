package org.preau.grades;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preau.demo.DemoAccounts;
import org.preau.support.PreauTest;
import org.preau.support.SharedBrowser;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real browser: a teacher enters marks with the keyboard and by pasting a column; a parent gets a PDF. */
@PreauTest
class MarksGridBrowserTests {

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

    private void signIn(String username) {
        SharedBrowser.signIn(browser, url(""), username, DemoAccounts.PASSWORD);
    }

    private List<WebElement> cells() {
        return browser.findElements(By.cssSelector("input.mark-cell"));
    }

    @Test
    void teacherEntersMarksWithTheKeyboardAndPastesAColumn() {
        signIn(DemoAccounts.PROFESSEUR);
        browser.get(url("/grades"));
        browser.findElement(By.id("title")).sendKeys("Contrôle au clavier");
        browser.findElement(By.id("title")).submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("marks-grid")));

        cells().getFirst().click();
        browser.switchTo().activeElement().sendKeys("12" + Keys.ENTER);
        browser.switchTo().activeElement().sendKeys("abs" + Keys.ARROW_DOWN);
        browser.switchTo().activeElement().sendKeys("15,5" + Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("stat-count"), "2"));
        assertThat(browser.findElement(By.id("stat-mean")).getText()).isEqualTo("13.75");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("mark-3");

        // a column copied from a spreadsheet fills down from the focused cell
        ((JavascriptExecutor) browser).executeScript("""
                const data = new DataTransfer();
                data.setData('text/plain', '8\\n9\\tignored\\n10\\n');
                arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,
                                                                         cancelable: true}));""", cells().get(3));
        wait.until(ExpectedConditions.textToBe(By.id("stat-count"), "5"));
        assertThat(browser.findElement(By.id("stat-min")).getText()).isEqualTo("8");
        assertThat(browser.findElement(By.id("stat-max")).getText()).isEqualTo("15.5");

        browser.navigate().refresh();
        List<WebElement> saved = cells();
        assertThat(saved.subList(0, 6)).extracting(cell -> cell.getAttribute("value"))
                .containsExactly("12", "abs", "15.5", "8", "9", "10");
    }

    @Test
    void parentOpensTheirChildsReportCardAndGetsThePdf() {
        signIn(DemoAccounts.PARENT);
        browser.get(url("/reportcards"));
        browser.findElement(By.cssSelector("main section ul li a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.report-card")));
        assertThat(browser.findElement(By.cssSelector(".rc-pupil")).getText()).isNotBlank();
        String pdfLink = browser.findElement(By.linkText("Télécharger le bulletin (PDF)")).getAttribute("href");
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.status === 200 ? done(r.status + ' ' + r.headers.get('Content-Type'))
                                                : r.text().then(t => done(r.status + ' ' + t)))
                                   .catch(e => done('error ' + e));""", pdfLink);
        assertThat(answer).isEqualTo("200 application/pdf");
    }
}

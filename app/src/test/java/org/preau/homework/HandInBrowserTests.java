package org.preau.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preau.demo.DemoAccounts;
import org.preau.homework.internal.SchoolClock;
import org.preau.support.PreauTest;
import org.preau.support.SharedBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A pupil hands in their work from their list of travail à faire, in a real browser. */
@PreauTest
class HandInBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HomeworkFixture fixture;
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

    private static Path file(String name, String content) throws IOException {
        Path file = Files.createTempDirectory("preau-copie-").resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aPupilHandsInAFileFromTheirListAndAFileOfTheWrongTypeIsRefusedWithAMessage() throws IOException {
        LocalDate today = SchoolClock.today();
        HomeworkId homework = fixture.homework(fixture.member(DemoAccounts.PROFESSEUR),
                fixture.professeurInEleveDivision(), today, new HomeworkDraft(today.plusDays(4),
                        "Devoir maison : problème du jardin (navigateur)", 45, true, null));
        signIn(DemoAccounts.ELEVE);
        browser.get(url("/homework"));
        assertThat(browser.getCurrentUrl()).contains("/homework/pupils/");

        WebElement item = browser.findElement(By.id("devoir-" + homework));
        item.findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file("jeu.exe", "MZ").toAbsolutePath().toString());
        item.findElement(By.cssSelector("form.hw-upload button[type=submit]")).click();
        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(b -> b.findElement(By.cssSelector("#devoir-" + homework + " .hw-error")));
        assertThat(error.getText()).contains("« .exe » ne sont pas acceptés");

        item = browser.findElement(By.id("devoir-" + homework));
        item.findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file("jardin.pdf", "%PDF-1.4\nmon devoir\n").toAbsolutePath().toString());
        item.findElement(By.cssSelector("form.hw-upload button[type=submit]")).click();

        WebElement flash = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(b -> b.findElement(By.cssSelector(".hw-flash")));
        assertThat(flash.getText()).isEqualTo("Copie remise et enregistrée.");
        assertThat(browser.findElement(By.id("devoir-" + homework)).getText()).contains("jardin.pdf")
                .doesNotContain("en retard");
        assertThat(fixture.count("select count(*) from homework_submissions where homework_id = ?",
                homework.value())).isEqualTo(1);
    }

    @Test
    void aPupilTicksHomeworkAsDoneWithoutLeavingThePage() {
        LocalDate today = SchoolClock.today();
        HomeworkId homework = fixture.homework(fixture.member(DemoAccounts.PROFESSEUR),
                fixture.professeurInEleveDivision(), today, new HomeworkDraft(today.plusDays(2),
                        "Exercices 5 et 6 p. 90 (navigateur)", 20, false, null));
        signIn(DemoAccounts.ELEVE);
        browser.get(url("/homework"));
        browser.findElement(By.id("fait-" + homework)).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> fixture.count(
                "select count(*) from homework_done where homework_id = ?", homework.value()) == 1);
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("fait-" + homework)).isSelected()).isTrue();
    }
}

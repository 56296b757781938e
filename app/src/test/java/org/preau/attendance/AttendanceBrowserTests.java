package org.preau.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preau.attendance.internal.Absence;
import org.preau.demo.DemoAccounts;
import org.preau.school.PupilId;
import org.preau.support.PreauTest;
import org.preau.support.SharedBrowser;
import org.preau.timetable.DatedLesson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The roll call on a phone-sized screen, with the connection dropping, and a parent justifying online. */
@PreauTest
class AttendanceBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    AttendanceFixtures fixtures;

    WebDriver browser;
    Dimension previousSize;

    @BeforeEach
    void phoneSizedBrowser() {
        browser = SharedBrowser.signedOut(url(""));
        previousSize = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void restore() {
        if (browser instanceof HasNetworkConditions network) {
            network.deleteNetworkConditions();
        }
        browser.manage().window().setSize(previousSize);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username) {
        SharedBrowser.signIn(browser, url(""), username, DemoAccounts.PASSWORD);
    }

    private String syncStatus() {
        return browser.findElement(By.id("sync")).getText();
    }

    private void waitForSync(String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(40)).until(d -> syncStatus().contains(expected));
    }

    private long absences(UUID lesson, String pupil, String kind) {
        return fixtures.count("select count(*) from absences where school_id = preau_current_school() and lesson_id = ? "
                + "and pupil_id = ? and kind = ?", lesson, UUID.fromString(pupil), kind);
    }

    @Test
    void aTeacherTakesTheRollOnAPhoneAndMarksWaitWhileTheConnectionIsDown() {
        DatedLesson timetabled = fixtures.professeurTimetableLessons(1).getFirst();
        signIn(DemoAccounts.PROFESSEUR);
        browser.get(url("/attendance/appel?jour=" + timetabled.date()));
        browser.findElement(By.cssSelector("a.lesson[href$='/attendance/appel/" + timetabled.id() + "']")).click();
        WebElement main = browser.findElement(By.cssSelector("main.rollcall"));
        UUID lesson = UUID.fromString(main.getDomAttribute("data-lesson"));
        assertThat(lesson).isEqualTo(timetabled.id());
        var lines = browser.findElements(By.cssSelector("li.pupil"));
        assertThat(lines).hasSizeGreaterThan(10);
        assertThat(lines.getFirst().findElement(By.cssSelector("button.present")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");

        WebElement first = lines.get(0);
        first.findElement(By.cssSelector("button.absent")).click();
        waitForSync("Toutes les marques sont enregistrées");
        assertThat(absences(lesson, first.getDomAttribute("data-pupil"), "ABSENCE")).isEqualTo(1);

        HasNetworkConditions network = (HasNetworkConditions) browser;
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        network.setNetworkConditions(offline);
        WebElement second = lines.get(1);
        second.findElement(By.cssSelector("button.late")).click();
        waitForSync("1 marque en attente");
        assertThat(absences(lesson, second.getDomAttribute("data-pupil"), "RETARD")).isZero();

        network.deleteNetworkConditions();
        waitForSync("Toutes les marques sont enregistrées");
        assertThat(absences(lesson, second.getDomAttribute("data-pupil"), "RETARD")).isEqualTo(1);

        browser.findElement(By.id("complete")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("completed")).isDisplayed());
    }

    @Test
    void aParentJustifiesAnAbsenceWithACertificate() throws Exception {
        PupilId eleve = fixtures.eleve();
        Absence absence = fixtures.morningAbsence(eleve, LocalDate.of(2026, 6, 15));
        Path certificate = Files.createTempFile("certificat-", ".pdf");
        Files.writeString(certificate, "%PDF-1.4\n% certificat\n%%EOF\n");

        signIn(DemoAccounts.PARENT);
        browser.get(url("/attendance/absences"));
        WebElement item = browser.findElement(By.id("a-" + absence.id()));
        assertThat(item.getText()).contains("à justifier");
        new Select(item.findElement(By.name("motifId"))).selectByVisibleText("Maladie");
        item.findElement(By.name("file")).sendKeys(certificate.toString());
        item.findElement(By.cssSelector("button[type=submit]")).click();
        // the upload and its redirect take a moment: wait for the page that follows instead of reading at once
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("[role=status]")).isEmpty());

        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Justification enregistrée. Merci.");
        assertThat(browser.findElement(By.id("a-" + absence.id())).getText()).contains("justifiée · Maladie");
        Files.deleteIfExists(certificate);
    }
}

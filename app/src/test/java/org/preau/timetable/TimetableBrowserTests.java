package org.preau.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.preau.demo.DemoAccounts;
import org.preau.platform.TenantContext;
import org.preau.school.SchoolStructure;
import org.preau.support.DemoMembers;
import org.preau.support.PreauTest;
import org.preau.support.SharedBrowser;
import org.preau.timetable.internal.Occurrence;
import org.preau.timetable.internal.Occurrences;
import org.preau.timetable.internal.PupilLessons;
import org.preau.school.PupilId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Direction solves with live progress, pins a lesson and solves again around it; a parent reads a changed week. */
@PreauTest
class TimetableBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.preau.school.SchoolDirectory directory;
    @Autowired
    Occurrences occurrences;
    @Autowired
    SchoolStructure school;
    @Autowired
    PupilLessons pupilLessons;

    WebDriver browser;

    @BeforeEach
    void freshSession() {
        browser = SharedBrowser.signedOut(url(""));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username) {
        SharedBrowser.signIn(browser, url(""), username, DemoAccounts.PASSWORD);
    }

    private WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void solve(int seconds) {
        browser.get(url("/timetable/generate"));
        WebElement limit = browser.findElement(By.id("tt-seconds"));
        limit.clear();
        limit.sendKeys(String.valueOf(seconds));
        browser.findElement(By.id("tt-start")).click();
        // Progress arrives over server-sent events while the job runs in the background.
        waitUpTo(120).until(d -> d.findElement(By.id("tt-progress")).getText().contains("Calcul en cours")
                || d.findElement(By.id("tt-progress")).getText().contains("Terminé"));
        waitUpTo(300).until(d -> d.findElement(By.id("tt-progress")).getText().contains("Terminé"));
        browser.navigate().refresh();
        String progress = browser.findElement(By.id("tt-progress")).getText();
        assertThat(progress).contains("Cours placés").contains("Contraintes impératives non respectées");
    }

    @Test
    void directionSolvesWithLiveProgressPinsALessonAndSolvesAgainAroundIt() {
        signIn(DemoAccounts.DIRECTION);
        solve(10);
        assertThat(browser.findElement(By.id("tt-result-title")).isDisplayed()).isTrue();

        UUID division = TenantContext.callAs(new DemoMembers(jdbc, directory).demoSchool(), () -> school.divisions()
                .stream().filter(d -> d.name().equals(DemoAccounts.ELEVE_DIVISION)).findFirst().orElseThrow().id().value());
        browser.get(url("/timetable/grids?division=" + division));
        WebElement lesson = browser.findElement(By.cssSelector(".tt-lesson[data-key]"));
        String key = lesson.getDomAttribute("data-key");
        String slot = slotOf(key);
        browser.findElement(By.cssSelector(".tt-lesson[data-key='" + key + "'] .tt-pin button")).click();
        waitUpTo(60).until(d -> d.findElement(By.cssSelector(".tt-lesson[data-key='" + key + "']"))
                .getDomAttribute("class").contains("tt-pinned"));

        solve(8);
        browser.get(url("/timetable/grids?division=" + division));
        assertThat(slotOf(key)).as("the pinned lesson stays where it was").isEqualTo(slot);
        assertThat(browser.findElement(By.cssSelector(".tt-lesson[data-key='" + key + "']")).getDomAttribute("class"))
                .contains("tt-pinned");
    }

    @Test
    void directionMovesALessonWithTheKeyboardAndSeesTheBrokenRulesAtOnce() {
        signIn(DemoAccounts.DIRECTION);
        UUID division = TenantContext.callAs(new DemoMembers(jdbc, directory).demoSchool(), () -> school.divisions()
                .stream().filter(d -> d.name().equals(DemoAccounts.ELEVE_DIVISION)).findFirst().orElseThrow().id().value());
        browser.get(url("/timetable/grids?division=" + division));
        WebElement lesson = browser.findElement(By.cssSelector(".tt-lesson[data-key]"));
        String key = lesson.getDomAttribute("data-key");
        String before = slotOf(key);
        lesson.sendKeys(Keys.ENTER);
        browser.findElement(By.cssSelector(".tt-lesson[data-key='" + key + "']")).sendKeys(Keys.ARROW_DOWN);
        waitUpTo(120).until(d -> !d.findElements(By.cssSelector(".tt-feedback")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".tt-feedback")).getText()).containsAnyOf(
                "aucune contrainte impérative", "enfreint");
        assertThat(slotOf(key)).isNotEqualTo(before);
    }

    @Test
    void aParentReadsTheirChildsChangedWeek() {
        var demo = new DemoMembers(jdbc, directory);
        var child = demo.member(DemoAccounts.ELEVE).pupilId();
        LocalDate changed = TenantContext.callAs(demo.demoSchool(), () -> pupilLessons.of(new PupilId(child),
                        LocalDate.now().minusDays(7), LocalDate.now().plusDays(60)).stream().filter(Occurrence::isChanged)
                .map(Occurrence::date).findFirst().orElseThrow());
        signIn(DemoAccounts.PARENT);
        browser.get(url("/timetable/week/pupil/" + child + "?date=" + changed));
        String main = browser.findElement(By.tagName("main")).getText();
        assertThat(main).contains("Emploi du temps");
        assertThat(browser.findElements(By.cssSelector(".tt-lesson.tt-changed"))).isNotEmpty();
        assertThat(main).containsAnyOf("Annulé", "Remplacement", "Changement de salle", "Déplacé");
    }

    private String slotOf(String key) {
        WebElement cell = browser.findElement(By.cssSelector(".tt-lesson[data-key='" + key + "']"))
                .findElement(By.xpath("./ancestor::td"));
        return cell.getDomAttribute("data-day") + "/" + cell.getDomAttribute("data-position");
    }
}

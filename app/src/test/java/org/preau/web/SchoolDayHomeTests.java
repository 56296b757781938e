package org.preau.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.homework.HomeworkItem;
import org.preau.homework.PupilHomework;
import org.preau.platform.Member;
import org.preau.platform.TenantContext;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolDirectory;
import org.preau.school.StaffId;
import org.preau.support.DemoMembers;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.preau.timetable.DatedLesson;
import org.preau.timetable.LessonCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** Home pages show the school day that matters now, from the published timetable and the cahier de textes. */
@PreauTest
class SchoolDayHomeTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchoolDirectory directory;
    @Autowired
    LessonCalendar calendar;
    @Autowired
    PupilAccess pupils;
    @Autowired
    PupilHomework homework;

    private Member member(String username) {
        return new DemoMembers(jdbc, directory).member(username);
    }

    private static String home(String username, int port) {
        return UserAgent.signedIn(port, username).get("/").body();
    }

    /** The lessons of the first day, from today, whose lessons are not all over or cancelled. */
    private static List<DatedLesson> nextDay(List<DatedLesson> lessons) {
        OffsetDateTime now = OffsetDateTime.now(PARIS);
        LocalDate day = lessons.stream().filter(l -> !l.cancelled() && l.endsAt().isAfter(now))
                .map(DatedLesson::date).min(Comparator.naturalOrder()).orElseThrow();
        return lessons.stream().filter(l -> l.date().equals(day)).toList();
    }

    /** As Thymeleaf writes text: markup characters escaped, accents left as they are. */
    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String timeRange(DatedLesson lesson) {
        return TIME.format(lesson.startsAt()) + "–" + TIME.format(lesson.endsAt());
    }

    @Test
    void thePupilSeesTheLessonsOfTheirNextSchoolDayAndTheHomeworkDueThatWeek() {
        Member eleve = member(DemoAccounts.ELEVE);
        PupilId self = new PupilId(eleve.pupilId());
        LocalDate today = LocalDate.now(PARIS);
        List<DatedLesson> day = TenantContext.callAs(eleve.school(),
                () -> nextDay(calendar.ofPupil(self, today, today.plusDays(16))));
        List<HomeworkItem> due = TenantContext.callAs(eleve.school(), () -> homework.homeworkOf(eleve, self,
                day.getFirst().date(), day.getFirst().date().plusDays(7)));

        String page = home(DemoAccounts.ELEVE, port);

        assertThat(day).allSatisfy(lesson -> assertThat(page).contains(timeRange(lesson),
                html(lesson.subjectName()), html(lesson.teacherName())));
        assertThat(due).as("the demo gives homework for the coming weeks").isNotEmpty();
        assertThat(page).contains(html(due.stream().filter(h -> !h.done())
                .min(Comparator.comparing(HomeworkItem::dueOn)).orElseThrow().description()));
    }

    @Test
    void theTeacherSeesTheirNextSchoolDayWithTheWayToEachRollCall() {
        Member professeur = member(DemoAccounts.PROFESSEUR);
        LocalDate today = LocalDate.now(PARIS);
        List<DatedLesson> day = TenantContext.callAs(professeur.school(), () -> nextDay(
                calendar.taughtBy(new StaffId(professeur.staffId()), today, today.plusDays(16))));

        String page = home(DemoAccounts.PROFESSEUR, port);

        assertThat(day).allSatisfy(lesson -> assertThat(page).contains(timeRange(lesson),
                "href=\"/attendance/appel/" + lesson.id() + "\"", html(lesson.studentsName())));
    }

    @Test
    void theParentSeesEachChildsNextSchoolDayWithItsChangesMarked() {
        Member parent = member(DemoAccounts.PARENT);
        LocalDate today = LocalDate.now(PARIS);
        List<PupilSummary> children = TenantContext.callAs(parent.school(), () -> pupils.childrenOf(parent));
        assertThat(children).hasSize(2);

        String page = home(DemoAccounts.PARENT, port);

        for (PupilSummary child : children) {
            List<DatedLesson> day = TenantContext.callAs(parent.school(),
                    () -> nextDay(calendar.ofPupil(child.id(), today, today.plusDays(16))));
            assertThat(page).contains("href=\"/homework/pupils/" + child.id().value() + "\"");
            assertThat(day).allSatisfy(lesson -> assertThat(page).contains(timeRange(lesson),
                    html(lesson.subjectName())));
            day.stream().filter(l -> l.status().isChange()).forEach(changed -> assertThat(page)
                    .contains(timeRange(changed)).containsAnyOf("Annulé", "Remplacé", "Déplacé",
                            "Changement de salle", "Cours ajouté"));
        }
    }
}

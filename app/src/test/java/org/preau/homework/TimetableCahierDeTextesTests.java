package org.preau.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.school.SchoolStructure;
import org.preau.school.StaffId;
import org.preau.support.PreauTest;
import org.preau.support.TeachingWeeks;
import org.preau.support.UserAgent;
import org.preau.timetable.DatedLesson;
import org.preau.timetable.LessonCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cahier de textes on the lessons of the demo collège's published timetable. */
@PreauTest
class TimetableCahierDeTextesTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchoolStructure structure;
    @Autowired
    CahierDeTextes cahier;
    @Autowired
    LessonCalendar calendar;
    @Autowired
    HomeworkFixture fixture;

    @Test
    void theTeachersWeekListsTheirTimetableLessonsAndALessonIsRecordedOnlyOnce() {
        Member professeur = fixture.member(DemoAccounts.PROFESSEUR);
        List<DatedLesson> week = fixture.inSchool(() -> TeachingWeeks.lessonsOfWeek(calendar,
                new StaffId(professeur.staffId()), 4));
        LocalDate monday = week.getFirst().date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        UserAgent client = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR);

        String page = client.get("/homework/lessons?week=" + monday).body();

        assertThat(week).allSatisfy(lesson -> assertThat(page).contains("value=\"" + lesson.id() + "\"")
                .contains(lesson.studentsName() + " — " + lesson.subjectName()));
        DatedLesson lesson = week.getFirst();
        HttpResponse<String> first = client.postForm("/homework/lessons", Map.of("occurrence", lesson.id().toString(),
                "content", "Fractions : comparer et ranger"));
        HttpResponse<String> again = client.postForm("/homework/lessons", Map.of("occurrence", lesson.id().toString(),
                "content", "Fractions : comparer, ranger et encadrer"));
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        String entry = client.follow(first).body();
        assertThat(entry).contains("Fractions : comparer, ranger et encadrer", lesson.studentsName());
    }

    @Test
    void anotherTeacherCannotWriteTheCahierDeTextesOfATimetableLesson() {
        Member professeur = fixture.member(DemoAccounts.PROFESSEUR);
        DatedLesson lesson = fixture.inSchool(() -> TeachingWeeks.lessonsOfWeek(calendar,
                new StaffId(professeur.staffId()), 5)).getFirst();
        UUID otherTeacher = fixture.inSchool(() -> structure.teachingAssignments().stream()
                .map(a -> a.teacherId().value()).filter(t -> !t.equals(professeur.staffId())).findFirst()
                .orElseThrow());
        Member other = new Member(UUID.randomUUID(), "autre", "Autre professeur", professeur.school(),
                Set.of(Role.PROFESSEUR), otherTeacher, null, null);

        assertThat(fixture.inSchool(() -> cahier.lessonOf(professeur, lesson.id())).occurrenceId())
                .isEqualTo(lesson.id());
        assertThatThrownBy(() -> fixture.inSchool(() -> cahier.lessonOf(other, lesson.id())))
                .isInstanceOf(HomeworkDeniedException.class);
    }
}

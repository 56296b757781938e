package org.preau.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.attendance.internal.AttendanceForbidden;
import org.preau.attendance.internal.AttendanceNotFound;
import org.preau.attendance.internal.HalfDays;
import org.preau.attendance.internal.RollCall;
import org.preau.attendance.internal.RollCalls;
import org.preau.demo.DemoAccounts;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.preau.timetable.DatedLesson;
import org.preau.timetable.LessonCalendar;
import org.preau.timetable.LessonStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Roll calls on the lessons of the demo collège's published timetable. */
@PreauTest
class TimetableRollCallTests {

    @LocalServerPort
    int port;
    @Autowired
    AttendanceFixtures fixtures;
    @Autowired
    RollCalls rollCalls;
    @Autowired
    LessonCalendar calendar;

    @Test
    void theTeachersDayListsTheirTimetableLessonsEachLinkedToItsRollCall() {
        DatedLesson first = fixtures.professeurTimetableLessons(2).getFirst();
        Member professeur = fixtures.member(DemoAccounts.PROFESSEUR);
        List<DatedLesson> day = fixtures.inDemoSchool(() -> calendar.taughtBy(first.teacherId(), first.date(),
                first.date()));

        var page = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR).get("/attendance/appel?jour=" + first.date());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(day).allSatisfy(lesson -> assertThat(page.body())
                .contains("/attendance/appel/" + lesson.id())
                .contains(lesson.subjectName() + " · " + lesson.studentsName()));
        assertThat(professeur.staffId()).isEqualTo(first.teacherId().value());
    }

    @Test
    void aTimetableLessonsRollCallListsTheDivisionsPupilsForItsTeacherOnly() {
        DatedLesson lesson = fixtures.professeurTimetableLessons(3).getFirst();
        Member professeur = fixtures.member(DemoAccounts.PROFESSEUR);

        RollCalls.Sheet sheet = fixtures.inDemoSchool(() -> rollCalls.sheet(professeur, lesson.id()));

        int divisionSize = fixtures.inDemoSchool(() -> fixtures.structure.pupilsOfDivision(lesson.divisionId()).size());
        assertThat(sheet.rollCall().lessonId()).isEqualTo(lesson.id());
        assertThat(sheet.rollCall().start()).isEqualTo(lesson.startsAt().toInstant());
        assertThat(sheet.lines()).hasSize(divisionSize).isNotEmpty();
        Member someoneElse = new Member(UUID.randomUUID(), "autre", "Autre professeur", professeur.school(),
                Set.of(Role.PROFESSEUR), fixtures.otherTeachersDivision().assignment().teacherId().value(), null, null);
        assertThatThrownBy(() -> fixtures.inDemoSchool(() -> rollCalls.sheet(someoneElse, lesson.id())))
                .isInstanceOf(AttendanceForbidden.class);
    }

    @Test
    void aCancelledLessonHasNoRollCallAndAReplacedLessonIsTheReplacementTeachers() {
        List<DatedLesson> changed = demoChangesAroundToday();
        DatedLesson cancelled = changed.stream().filter(DatedLesson::cancelled).findFirst().orElseThrow();
        DatedLesson replaced = changed.stream().filter(l -> l.status() == LessonStatus.REPLACED).findFirst()
                .orElseThrow();
        Member professeur = fixtures.member(DemoAccounts.PROFESSEUR);
        Member replacement = new Member(UUID.randomUUID(), "remplacant", "Remplaçant", professeur.school(),
                Set.of(Role.PROFESSEUR), replaced.teacherId().value(), null, null);
        Member absentTeacher = new Member(UUID.randomUUID(), "absent", "Absent", professeur.school(),
                Set.of(Role.PROFESSEUR), cancelled.teacherId().value(), null, null);

        assertThatThrownBy(() -> fixtures.inDemoSchool(() -> rollCalls.requireTeacherOf(absentTeacher, cancelled.id())))
                .isInstanceOf(AttendanceNotFound.class);
        RollCall taken = fixtures.inDemoSchool(() -> rollCalls.requireTeacherOf(replacement, replaced.id()));
        assertThat(taken.lessonId()).isEqualTo(replaced.id());
        assertThat(replaced.teacherId()).isNotEqualTo(cancelled.teacherId());
    }

    @Test
    void vieScolaireSeesEachBegunLessonOfTheDayWithItsRollCallDoneOpenOrMissing() {
        LocalDate day = fixtures.professeurTimetableLessons(6).getFirst().date();
        Member professeur = fixtures.member(DemoAccounts.PROFESSEUR);
        // Other teachers' lessons, so that the demo teacher's own roll calls stay as the demo seeded them.
        List<DatedLesson> others = fixtures.inDemoSchool(() -> calendar.between(day, day)).stream()
                .filter(l -> !l.cancelled() && l.hasPupils() && !l.teacherId().value().equals(professeur.staffId()))
                .toList();
        DatedLesson done = others.get(0);
        DatedLesson open = others.get(1);
        fixtures.inDemoSchool(() -> rollCalls.complete(teacherOf(done, professeur), done.id()));
        Instant evening = day.atTime(20, 0).atZone(HalfDays.ZONE).toInstant();
        int schoolLessons = fixtures.inDemoSchool(() -> (int) calendar.between(day, day).stream()
                .filter(l -> !l.cancelled() && l.hasPupils()).count());

        List<RollCalls.DayLine> atDawn = fixtures.inDemoSchool(() -> rollCalls.dayLines(day,
                day.atTime(7, 0).atZone(HalfDays.ZONE).toInstant()));
        fixtures.inDemoSchool(() -> rollCalls.sheet(teacherOf(open, professeur), open.id()));
        List<RollCalls.DayLine> lines = fixtures.inDemoSchool(() -> rollCalls.dayLines(day, evening));

        assertThat(lines).hasSize(schoolLessons);
        assertThat(progressOf(lines, done)).isEqualTo(RollCalls.Progress.DONE);
        assertThat(progressOf(lines, open)).isEqualTo(RollCalls.Progress.OPEN);
        assertThat(lines).extracting(RollCalls.DayLine::progress).contains(RollCalls.Progress.MISSING);
        assertThat(atDawn).as("before the first lesson only roll calls already opened show")
                .extracting(RollCalls.DayLine::progress).containsOnly(RollCalls.Progress.DONE);
    }

    private static RollCalls.Progress progressOf(List<RollCalls.DayLine> lines, DatedLesson lesson) {
        return lines.stream().filter(l -> l.start().equals(lesson.startsAt().toInstant())
                        && l.label().equals(lesson.subjectName() + " · " + lesson.studentsName()))
                .findFirst().orElseThrow().progress();
    }

    /** The teacher of a lesson as a signed-in member of the demo school. */
    private static Member teacherOf(DatedLesson lesson, Member someoneOfTheSchool) {
        return new Member(UUID.randomUUID(), "enseignant", "Enseignant", someoneOfTheSchool.school(),
                Set.of(Role.PROFESSEUR), lesson.teacherId().value(), null, null);
    }

    /**
     * The changed lessons of one pupil per division in the weeks around today: the demo adds a teacher's absence
     * (cancelled lessons) and a replacement there.
     */
    private List<DatedLesson> demoChangesAroundToday() {
        LocalDate monday = LocalDate.now(HalfDays.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return fixtures.inDemoSchool(() -> fixtures.structure.divisions().stream()
                .map(division -> fixtures.structure.pupilsOfDivision(division.id()).getFirst().id())
                .flatMap(pupil -> calendar.ofPupil(pupil, monday, monday.plusWeeks(7)).stream())
                .filter(l -> l.status().isChange()).distinct().toList());
    }
}

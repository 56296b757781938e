package org.preau.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.attendance.internal.AttendanceForbidden;
import org.preau.attendance.internal.MarkStatus;
import org.preau.attendance.internal.RollCall;
import org.preau.attendance.internal.RollCalls;
import org.preau.demo.DemoAccounts;
import org.preau.platform.Member;
import org.preau.school.PupilId;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PreauTest
@RecordApplicationEvents
class RollCallTests {

    @LocalServerPort
    int port;
    @Autowired
    AttendanceFixtures fixtures;
    @Autowired
    RollCalls rollCalls;
    @Autowired
    ApplicationEvents events;

    private static final LocalDate DAY = LocalDate.of(2026, 10, 5);

    private long absencesOf(RollCall lesson, PupilId pupil) {
        return fixtures.count("select count(*) from absences where school_id = preau_current_school() "
                + "and lesson_id = ? and pupil_id = ?", lesson.lessonId(), pupil.value());
    }

    @Test
    void aMarkIsSavedAndTheSameMarkSentAgainDoesNotDuplicateTheAbsence() {
        Member professeur = fixtures.member(DemoAccounts.PROFESSEUR);
        RollCall lesson = fixtures.openLesson(professeur, fixtures.professeurDivisionAssignment(), DAY,
                LocalTime.of(9, 0));
        PupilId pupil = fixtures.firstPupilOf(lesson);
        UserAgent phone = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR);
        String url = "/api/v1/roll-calls/" + lesson.lessonId() + "/marks/" + pupil.value();
        String mark = "{\"status\":\"ABSENT\",\"markedAt\":\"2026-10-05T07:01:00Z\"}";

        var first = phone.sendJson("PUT", url, mark);
        var retry = phone.sendJson("PUT", url, mark);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).contains("\"status\":\"ABSENT\"");
        assertThat(absencesOf(lesson, pupil)).isEqualTo(1);
        assertThat(fixtures.inDemoSchool(() -> rollCalls.sheet(professeur, lesson.lessonId())).lines())
                .filteredOn(line -> line.pupil().id().equals(pupil))
                .singleElement().extracting(RollCalls.Line::status).isEqualTo(MarkStatus.ABSENT);
    }

    @Test
    void aRepeatedMarkPublishesAbsenceRecordedOnce() {
        Member professeur = fixtures.member(DemoAccounts.PROFESSEUR);
        RollCall lesson = fixtures.openLesson(professeur, fixtures.professeurDivisionAssignment(), DAY,
                LocalTime.of(10, 0));
        PupilId pupil = fixtures.firstPupilOf(lesson);
        Instant tapped = Instant.parse("2026-10-05T08:02:00Z");

        for (int attempt = 0; attempt < 3; attempt++) {
            fixtures.inDemoSchool(() -> rollCalls.mark(professeur, lesson.lessonId(), pupil, MarkStatus.RETARD, 7,
                    tapped));
        }

        assertThat(events.stream(AbsenceRecorded.class).filter(e -> e.pupil().equals(pupil))).singleElement()
                .satisfies(e -> assertThat(e.lateMinutes()).isEqualTo(7));
        assertThat(absencesOf(lesson, pupil)).isEqualTo(1);
    }

    @Test
    void anOlderMarkArrivingAfterANewerOneDoesNotOverwriteIt() {
        Member professeur = fixtures.member(DemoAccounts.PROFESSEUR);
        RollCall lesson = fixtures.openLesson(professeur, fixtures.professeurDivisionAssignment(), DAY,
                LocalTime.of(11, 0));
        PupilId pupil = fixtures.firstPupilOf(lesson);
        Instant first = Instant.parse("2026-10-05T09:01:00Z");

        fixtures.inDemoSchool(() -> rollCalls.mark(professeur, lesson.lessonId(), pupil, MarkStatus.PRESENT, null,
                first.plusSeconds(30)));
        var state = fixtures.inDemoSchool(() -> rollCalls.mark(professeur, lesson.lessonId(), pupil,
                MarkStatus.ABSENT, null, first));

        assertThat(state.status()).isEqualTo(MarkStatus.PRESENT);
        assertThat(absencesOf(lesson, pupil)).isZero();
    }

    @Test
    void markingAPupilPresentAgainRemovesTheAbsence() {
        Member professeur = fixtures.member(DemoAccounts.PROFESSEUR);
        RollCall lesson = fixtures.openLesson(professeur, fixtures.professeurDivisionAssignment(), DAY,
                LocalTime.of(14, 0));
        PupilId pupil = fixtures.firstPupilOf(lesson);
        Instant tapped = Instant.parse("2026-10-05T12:01:00Z");

        fixtures.inDemoSchool(() -> rollCalls.mark(professeur, lesson.lessonId(), pupil, MarkStatus.ABSENT, null,
                tapped));
        fixtures.inDemoSchool(() -> rollCalls.mark(professeur, lesson.lessonId(), pupil, MarkStatus.PRESENT, null,
                tapped.plusSeconds(20)));

        assertThat(absencesOf(lesson, pupil)).isZero();
    }

    @Test
    void aMarkWithoutAStatusIsABadRequestForTheLessonsTeacher() {
        Member professeur = fixtures.member(DemoAccounts.PROFESSEUR);
        RollCall lesson = fixtures.openLesson(professeur, fixtures.professeurDivisionAssignment(), DAY,
                LocalTime.of(12, 0));
        PupilId pupil = fixtures.firstPupilOf(lesson);

        var response = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR)
                .sendJson("PUT", "/api/v1/roll-calls/" + lesson.lessonId() + "/marks/" + pupil.value(), "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(absencesOf(lesson, pupil)).isZero();
    }

    @Test
    void theDemoTeacherHasRollCallsAlreadyDone() {
        Member professeur = fixtures.member(DemoAccounts.PROFESSEUR);
        assertThat(fixtures.count("select count(*) from roll_calls where school_id = preau_current_school() "
                + "and ? = any(teacher_ids) and completed_at is not null", professeur.staffId())).isEqualTo(3);
    }

    @Test
    void appelFaitIsRecordedOnceForTheLesson() {
        Member professeur = fixtures.member(DemoAccounts.PROFESSEUR);
        RollCall lesson = fixtures.openLesson(professeur, fixtures.professeurDivisionAssignment(), DAY,
                LocalTime.of(15, 0));
        UserAgent phone = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR);

        var done = phone.sendJson("POST", "/api/v1/roll-calls/" + lesson.lessonId() + "/completion", "{}");
        var again = phone.sendJson("POST", "/api/v1/roll-calls/" + lesson.lessonId() + "/completion", "{}");

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        RollCall reloaded = fixtures.inDemoSchool(() -> rollCalls.find(lesson.lessonId())).orElseThrow();
        assertThat(reloaded.completed()).isTrue();
    }

    @Test
    void aTeacherCannotTakeTheRollOfAClassTheyDoNotTeach() {
        AttendanceFixtures.Other other = fixtures.otherTeachersDivision();
        RollCall theirs = fixtures.openLesson(other.teacher(), other.assignment(), DAY, LocalTime.of(16, 0));
        PupilId pupil = fixtures.firstPupilOf(theirs);
        UserAgent phone = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR);

        var mark = phone.sendJson("PUT", "/api/v1/roll-calls/" + theirs.lessonId() + "/marks/" + pupil.value(),
                "{\"status\":\"ABSENT\"}");
        var sheet = phone.get("/api/v1/roll-calls/" + theirs.lessonId());

        var empty = phone.sendJson("PUT", "/api/v1/roll-calls/" + theirs.lessonId() + "/marks/" + pupil.value(), "{}");

        assertThat(mark.statusCode()).isEqualTo(403);
        assertThat(sheet.statusCode()).isEqualTo(403);
        assertThat(empty.statusCode()).isEqualTo(403);
        assertThat(absencesOf(theirs, pupil)).isZero();
    }

    @Test
    void aTeacherCannotOpenALessonOfAnotherTeachersAssignment() {
        Member professeur = fixtures.member(DemoAccounts.PROFESSEUR);
        AttendanceFixtures.Other other = fixtures.otherTeachersDivision();

        assertThatThrownBy(() -> fixtures.openLesson(professeur, other.assignment(), DAY, LocalTime.of(8, 0)))
                .isInstanceOf(AttendanceForbidden.class);
    }

    @Test
    void vieScolaireDoesNotTakeTeachersRollCalls() {
        Member professeur = fixtures.member(DemoAccounts.PROFESSEUR);
        RollCall lesson = fixtures.openLesson(professeur, fixtures.professeurDivisionAssignment(), DAY,
                LocalTime.of(13, 0));
        UserAgent cpe = UserAgent.signedIn(port, DemoAccounts.CPE);

        assertThat(cpe.get("/api/v1/roll-calls/" + lesson.lessonId()).statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownLessonIsNotFoundAndAnonymousCallersAreUnauthorised() {
        UserAgent phone = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR);

        assertThat(phone.get("/api/v1/roll-calls/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(UserAgent.anonymous(port).get("/api/v1/roll-calls/" + UUID.randomUUID()).statusCode())
                .isEqualTo(401);
    }
}

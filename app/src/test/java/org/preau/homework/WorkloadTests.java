package org.preau.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.homework.internal.SchoolClock;
import org.preau.platform.Member;
import org.preau.school.SchoolStructure;
import org.preau.school.TeachingAssignmentView;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@PreauTest
class WorkloadTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchoolStructure structure;
    @Autowired
    Workload workload;
    @Autowired
    HomeworkFixture fixture;

    private DayLoad loadOn(Member teacher, ClassTarget target, LocalDate day) {
        List<DayLoad> days = fixture.inSchool(() -> workload.of(teacher, target, day, day));
        assertThat(days).hasSize(1);
        return days.getFirst();
    }

    @Test
    void aDivisionsLoadOnADayCountsItsHomeworkDueThatDayAcrossSubjectsAndNotOtherClasses() {
        Member professeur = fixture.member(DemoAccounts.PROFESSEUR);
        TeachingAssignmentView maths = fixture.professeurInEleveDivision();
        ClassTarget division = ClassTarget.of(maths.divisionId(), null);
        LocalDate lesson = SchoolClock.today().plusDays(150);
        LocalDate due = lesson.plusDays(2);
        DayLoad before = loadOn(professeur, division, due);

        fixture.homework(professeur, maths, lesson, new HomeworkDraft(due, "Exercices 3 et 4 p. 112", 20, false, null));
        TeachingAssignmentView otherSubject = fixture.inSchool(() -> structure.teachingAssignments().stream()
                .filter(a -> maths.divisionId().equals(a.divisionId()) && !a.teacherId().equals(maths.teacherId()))
                .findFirst().orElseThrow());
        fixture.homework(fixture.teacher(otherSubject.teacherId()), otherSubject, lesson,
                new HomeworkDraft(due, "Apprendre le vocabulaire de l'unité 5", 30, false, null));
        TeachingAssignmentView elsewhere = fixture.assignmentInAClassProfesseurDoesNotTeach();
        fixture.homework(fixture.teacher(elsewhere.teacherId()), elsewhere, lesson,
                new HomeworkDraft(due, "Travail d'une autre classe", 45, false, null));

        DayLoad after = loadOn(professeur, division, due);
        assertThat(after.count()).isEqualTo(before.count() + 2);
        assertThat(after.minutes()).isEqualTo(before.minutes() + 50);
        assertThat(loadOn(professeur, division, due.plusDays(1)).count()).isZero();
    }

    @Test
    void theDueDateFieldShowsTheLoadAndWarnsAboveTheThreshold() {
        Member professeur = fixture.member(DemoAccounts.PROFESSEUR);
        TeachingAssignmentView maths = fixture.professeurInEleveDivision();
        LocalDate lesson = SchoolClock.today().plusDays(160);
        LocalDate due = lesson.plusDays(1);
        fixture.homework(professeur, maths, lesson, new HomeworkDraft(due, "Devoir maison n° 4", 50, false, null));
        UserAgent client = UserAgent.signedIn(port, DemoAccounts.PROFESSEUR);
        String target = ClassTarget.of(maths.divisionId(), null).key();

        String heavy = client.get("/homework/workload?target=" + target + "&dueOn=" + due
                + "&estimatedMinutes=20").body();
        assertThat(heavy).contains("1 devoir(s), 50 min", "Attention", "hw-load-heavy");

        String light = client.get("/homework/workload?target=" + target + "&dueOn=" + due.plusDays(1)
                + "&estimatedMinutes=20").body();
        assertThat(light).contains("0 devoir(s), 0 min").doesNotContain("Attention");
    }

    @Test
    void aTeacherCannotLookAtTheLoadOfAClassTheyDoNotTeach() {
        TeachingAssignmentView elsewhere = fixture.assignmentInAClassProfesseurDoesNotTeach();
        Member professeur = fixture.member(DemoAccounts.PROFESSEUR);
        assertThatThrownBy(() -> loadOn(professeur, ClassTarget.of(elsewhere.divisionId(), null),
                SchoolClock.today())).isInstanceOf(HomeworkDeniedException.class);
    }
}

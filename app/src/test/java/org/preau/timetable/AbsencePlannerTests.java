package org.preau.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.platform.TenantContext;
import org.preau.school.SchoolStructure;
import org.preau.support.DemoMembers;
import org.preau.support.PreauTest;
import org.preau.timetable.internal.AbsencePlanner;
import org.preau.timetable.internal.Occurrence;
import org.preau.timetable.internal.Occurrences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PreauTest
class AbsencePlannerTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.preau.school.SchoolDirectory directory;
    @Autowired
    AbsencePlanner planner;
    @Autowired
    Occurrences occurrences;
    @Autowired
    SchoolStructure school;

    @Test
    void aPlanForAnAbsenceReplacesOrMovesLessonsWithoutDoubleBookingAndLosesFewerLessonsThanCancelling() {
        DemoMembers demo = new DemoMembers(jdbc, directory);
        TenantContext.runAs(demo.demoSchool(), () -> {
            LocalDate monday = LocalDate.now().plusWeeks(7).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            UUID teacher = school.teachingAssignments().stream().filter(a -> a.subjectCode().equals("FRANCAIS"))
                    .map(a -> a.teacherId().value()).findFirst().orElseThrow();
            LocalDate from = monday.plusDays(1);
            LocalDate to = monday.plusDays(2);
            AbsencePlanner.Plan plan = planner.propose(teacher, from, to);
            System.out.printf("re-planning an absence of %s to %s: %d lessons, %d replaced, %d moved, %d cancelled; "
                            + "pupil-lessons lost %d instead of %d if all cancelled%n", from, to, plan.actions().size(),
                    plan.count(AbsencePlanner.Kind.REPLACE), plan.count(AbsencePlanner.Kind.MOVE),
                    plan.count(AbsencePlanner.Kind.CANCEL), plan.pupilsLosingALesson(),
                    plan.pupilsLosingALessonIfAllCancelled());
            AbsencePlanner.Plan withoutColleagues = planner.propose(teacher, from, to, false);
            System.out.printf("without replacement teachers: %d moved, %d cancelled; pupil-lessons lost %d instead of %d%n",
                    withoutColleagues.count(AbsencePlanner.Kind.MOVE), withoutColleagues.count(AbsencePlanner.Kind.CANCEL),
                    withoutColleagues.pupilsLosingALesson(), withoutColleagues.pupilsLosingALessonIfAllCancelled());
            assertThat(withoutColleagues.count(AbsencePlanner.Kind.REPLACE)).isZero();
            assertThat(withoutColleagues.actions()).allSatisfy(a -> {
                if (a.kind() == AbsencePlanner.Kind.MOVE) {
                    assertThat(occurrences.activeOfTeacherBetween(teacher, a.newStart(), a.newEnd())).isEmpty();
                }
            });
            assertThat(plan.actions()).isNotEmpty();
            assertThat(plan.pupilsLosingALesson()).isLessThanOrEqualTo(plan.pupilsLosingALessonIfAllCancelled());
            for (AbsencePlanner.Action a : plan.actions()) {
                assertThat(a.lesson().actualTeacherId()).isEqualTo(teacher);
                if (a.kind() == AbsencePlanner.Kind.REPLACE) {
                    assertThat(a.teacherId()).isNotEqualTo(teacher);
                    List<Occurrence> busy = occurrences.activeOfTeacherBetween(a.teacherId(), a.lesson().startsAt(),
                            a.lesson().endsAt());
                    assertThat(busy).as("the replacement teacher is free").isEmpty();
                }
                if (a.kind() == AbsencePlanner.Kind.MOVE) {
                    LocalDate day = a.newStart().atZoneSameInstant(java.time.ZoneId.of("Europe/Paris")).toLocalDate();
                    assertThat(day).isBetween(monday, monday.plusDays(6));
                    assertThat(day.isBefore(from) || day.isAfter(to)).isTrue();
                    assertThat(occurrences.activeOfTeacherBetween(teacher, a.newStart(), a.newEnd())).isEmpty();
                }
            }

            planner.accept(teacher, from, to, "Test", "test");
            for (AbsencePlanner.Action a : plan.actions()) {
                Occurrence now = occurrences.find(a.lesson().id()).orElseThrow();
                assertThat(now.status()).isEqualTo(switch (a.kind()) {
                    case REPLACE -> "REPLACED";
                    case MOVE -> "MOVED";
                    case CANCEL -> "CANCELLED";
                });
                assertThat(now.sequence()).isGreaterThan(a.lesson().sequence());
            }
        });
    }
}

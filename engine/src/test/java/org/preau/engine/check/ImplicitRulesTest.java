package org.preau.engine.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.WeekPattern;
import org.preau.engine.testing.TinySchool;

class ImplicitRulesTest {

    private static Lesson inWeeks(String id, String teacher, String students, WeekPattern weeks) {
        return new Lesson(id, "Allemand", List.of(), List.of(teacher), List.of(students), 1, RoomRequirement.NONE, weeks, "", 0);
    }

    private static Lesson needing(String id, String students, RoomRequirement room) {
        return new Lesson(id, "SVT", List.of(), List.of(), List.of(students), 1, room, WeekPattern.EVERY_WEEK, "", 0);
    }

    @Test
    void aTimetableWithoutClashesHasNoViolation() {
        var report = TimetableChecker.check(new TinySchool()
                .lesson("L1", "MARTIN", "4eA", 2).lesson("L2", "MARTIN", "4eB", 1)
                .at("L1", 0, 0).at("L2", 0, 2).timetable());
        assertThat(report.violations()).isEmpty();
        assertThat(report.feasible()).isTrue();
    }

    @Test
    void teacherTeachingTwoClassesAtOnceIsExplainedInFrenchAndEnglish() {
        var report = TimetableChecker.check(new TinySchool()
                .lesson("L1", "MARTIN", "4eA", 1).lesson("L2", "MARTIN", "4eB", 1)
                .at("L1", 1, 2).at("L2", 1, 2).timetable());
        var clash = report.ofKind(ImplicitRules.TEACHER_CLASH);
        assertThat(clash).hasSize(1);
        assertThat(clash.get(0).french()).isEqualTo("M. Martin a plusieurs cours en même temps : Maths 4eA (L1) et Maths 4eB (L2), Mardi 10:00");
        assertThat(clash.get(0).english()).isEqualTo("M. Martin teaches Maths 4eA (L1) and Maths 4eB (L2) at the same time, Mardi 10:00");
        assertThat(clash.get(0).resources()).containsExactly("teacher:MARTIN", "lesson:L1", "lesson:L2");
        assertThat(report.hardCount()).isEqualTo(1);
    }

    @Test
    void overlapIsCountedPerSharedPeriod() {
        var report = TimetableChecker.check(new TinySchool()
                .lesson("L1", "MARTIN", "4eA", 3).lesson("L2", "DURAND", "4eA1", 2)
                .at("L1", 0, 0).at("L2", 0, 1).timetable());
        assertThat(report.ofKind(ImplicitRules.PUPILS_CLASH)).singleElement()
                .satisfies(v -> assertThat(v.count()).isEqualTo(2));
        assertThat(report.hardCount()).isEqualTo(2);
    }

    @Test
    void subgroupsWithTheSameLessonsCountOneClash() {
        var report = TimetableChecker.check(new TinySchool()
                .lesson("L1", "MARTIN", "4eA", 1).lesson("L2", "DURAND", "4eA", 1)
                .at("L1", 0, 0).at("L2", 0, 0).timetable());
        assertThat(report.ofKind(ImplicitRules.PUPILS_CLASH)).hasSize(1);
    }

    @Test
    void semaineAAndSemaineBLessonsMayShareASlot() {
        var report = TimetableChecker.check(new TinySchool()
                .add(inWeeks("LA", "MARTIN", "4eA", WeekPattern.WEEK_A)).add(inWeeks("LB", "MARTIN", "4eB", WeekPattern.WEEK_B))
                .at("LA", 0, 0).at("LB", 0, 0).timetable());
        assertThat(report.violations()).isEmpty();
    }

    @Test
    void aFortnightlyLessonStillClashesWithAWeeklyOne() {
        var report = TimetableChecker.check(new TinySchool()
                .add(inWeeks("LA", "MARTIN", "4eA", WeekPattern.WEEK_A)).lesson("L2", "MARTIN", "4eB", 1)
                .at("LA", 0, 0).at("L2", 0, 0).timetable());
        assertThat(report.ofKind(ImplicitRules.TEACHER_CLASH)).singleElement()
                .satisfies(v -> assertThat(v.count()).isEqualTo(1));
    }

    @Test
    void unplacedLessonIsAHardViolation() {
        var report = TimetableChecker.check(new TinySchool().lesson("L1", "MARTIN", "4eA", 1).timetable());
        assertThat(report.ofKind(ImplicitRules.UNPLACED)).hasSize(1);
        assertThat(report.feasible()).isFalse();
    }

    @Test
    void lessonOverLunchOrPastTheDayIsInABreak() {
        var report = TimetableChecker.check(new TinySchool()
                .lesson("L1", "MARTIN", "4eA", 2).lesson("L2", "DURAND", "4eB", 2)
                .at("L1", 0, TinySchool.LUNCH - 1).at("L2", 0, 7).timetable());
        assertThat(report.ofKind(ImplicitRules.IN_BREAK)).hasSize(2);
    }

    @Test
    void roomDoubleBookingAndMissingRoomAreHard() {
        var report = TimetableChecker.check(new TinySchool()
                .add(needing("L1", "4eA", RoomRequirement.ofType("labo", 0)))
                .add(needing("L2", "4eB", RoomRequirement.fixed("LABO")))
                .add(needing("L3", "4eB", RoomRequirement.anyOf(Set.of("S2"))))
                .at("L1", 0, 0, "LABO").at("L2", 0, 0, "LABO").at("L3", 0, 1).timetable());
        assertThat(report.ofKind(ImplicitRules.ROOM_CLASH)).hasSize(1);
        assertThat(report.ofKind(ImplicitRules.ROOM_REQUIREMENT)).singleElement()
                .satisfies(v -> assertThat(v.english()).contains("has no room"));
    }

    @Test
    void roomOfTheWrongTypeOrTooSmallBreaksTheRequirement() {
        var report = TimetableChecker.check(new TinySchool()
                .add(needing("L1", "4eA", RoomRequirement.ofType("labo", 0)))
                .add(needing("L2", "4eB", RoomRequirement.ofType("", 25)))
                .at("L1", 0, 0, "S2").at("L2", 0, 1, "S2").timetable());
        assertThat(report.ofKind(ImplicitRules.ROOM_REQUIREMENT)).hasSize(2);
    }

    @Test
    void unknownLessonInTheSolutionIsInvalidInput() {
        var school = new TinySchool().lesson("L1", "MARTIN", "4eA", 1).at("L9", 0, 0);
        assertThatThrownBy(() -> TimetableChecker.check(school.timetable()))
                .isInstanceOf(InvalidSolutionException.class).hasMessageContaining("L9");
    }
}

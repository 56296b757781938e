package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Constraint.PreferredStarts;
import org.preau.engine.model.Constraint.Unavailable;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Weight;
import org.preau.engine.model.WeekPattern;

/**
 * Starts ruled out for the fast phase: T1 teaches G1 and G2 one period each and may teach only at the periods
 * given, so when there are just two, each holds one of those lessons in every valid timetable. The year's lesson
 * (both classes, T2) may start only at four slots, so that losing two of them is losing half.
 */
class PackedResourcesTest {

    private static final Slot MONDAY_1 = new Slot(0, 0);
    private static final Slot MONDAY_2 = new Slot(0, 1);
    private static final Slot TUESDAY_1 = new Slot(1, 0);
    private static final Slot TUESDAY_2 = new Slot(1, 1);
    private static final Slot WEDNESDAY_1 = new Slot(2, 0);

    /** T1 teaches G1 and G2 (every week) and is available only at {@code free}. */
    private static Scenario t1AvailableAt(Set<Slot> free) {
        return t1AvailableAt(free, WeekPattern.EVERY_WEEK);
    }

    private static Scenario t1AvailableAt(Set<Slot> free, WeekPattern g2Weeks) {
        Set<Slot> away = new HashSet<>();
        for (int d = 0; d < 5; d++) {
            for (int p = 0; p < 6; p++) {
                away.add(new Slot(d, p));
            }
        }
        away.removeAll(free);
        return new Scenario()
                .lesson("g1", "T1", "G1", 1)
                .lesson(new Lesson("g2", "Maths", List.of(), List.of("T1"), List.of("G2"), 1, RoomRequirement.NONE, g2Weeks,
                        "", 0))
                .rule(new Unavailable(ResourceRef.teacher("T1"), away, Weight.HARD));
    }

    /** Adds the year's lesson (T2, both classes), which may start only at {@code starts}. */
    private static Scenario withYearLesson(Scenario s, int duration, Slot... starts) {
        return s.lesson("year", "T2", "Y", duration).rule(new PreferredStarts(List.of("year"), Set.of(starts), Weight.HARD));
    }

    /** The lesson's allowed starts that are not ruled out (as the solver marks them before its fast phase). */
    private static List<Slot> startsOf(Scenario s, String lesson) {
        return startsOf(s, lesson, Long.MAX_VALUE);
    }

    private static List<Slot> startsOf(Scenario s, String lesson, long untilNanos) {
        PackedResources.ruleOut(s.compiled().solution().blocks(), 5 * 6, untilNanos);
        LessonBlock block = s.blockOf(lesson);
        return block.getAllowedStarts().stream().filter(start -> !block.ruledOutAt(start.index()))
                .map(start -> new Slot(start.day(), start.period())).toList();
    }

    @Test
    void aLessonOfBothClassesLeavesTheTeachersOnlyPeriodsToHer() {
        Scenario s = withYearLesson(t1AvailableAt(Set.of(MONDAY_1, MONDAY_2)), 1, MONDAY_1, MONDAY_2, TUESDAY_2, WEDNESDAY_1);

        assertThat(startsOf(s, "year")).containsExactlyInAnyOrder(TUESDAY_2, WEDNESDAY_1);
        assertThat(startsOf(s, "g1")).as("T1's own lessons keep their periods").containsExactlyInAnyOrder(MONDAY_1, MONDAY_2);
    }

    @Test
    void noTimeLeftRulesNothingOut() {
        // the same lesson as above, but the solve's limit has struck: the user's limit comes first
        Scenario s = withYearLesson(t1AvailableAt(Set.of(MONDAY_1, MONDAY_2)), 1, MONDAY_1, MONDAY_2, TUESDAY_2, WEDNESDAY_1);

        assertThat(startsOf(s, "year", System.nanoTime() - 1))
                .containsExactlyInAnyOrder(MONDAY_1, MONDAY_2, TUESDAY_2, WEDNESDAY_1);
    }

    @Test
    void aDoubleLessonMayNotOverlapThosePeriods() {
        Scenario s = withYearLesson(t1AvailableAt(Set.of(MONDAY_2, TUESDAY_1)), 2, MONDAY_1, MONDAY_2, TUESDAY_1, WEDNESDAY_1);

        // Monday 1-2 and Monday 2-3 cover Monday 2nd; Tuesday 1-2 covers Tuesday 1st
        assertThat(startsOf(s, "year")).containsExactly(WEDNESDAY_1);
    }

    @Test
    void nothingIsRuledOutWhenTheTeacherHasAPeriodToSpare() {
        Scenario s = withYearLesson(t1AvailableAt(Set.of(MONDAY_1, MONDAY_2, TUESDAY_1)), 1,
                MONDAY_1, MONDAY_2, TUESDAY_2, WEDNESDAY_1);

        assertThat(startsOf(s, "year")).hasSize(4);
    }

    @Test
    void aLessonSharingPupilsWithOnlyOneOfHerLessonsKeepsItsStarts() {
        Scenario s = t1AvailableAt(Set.of(MONDAY_1, MONDAY_2)).lesson("g1-maths", "T2", "G1", 1)
                .rule(new PreferredStarts(List.of("g1-maths"), Set.of(MONDAY_1, MONDAY_2), Weight.HARD));

        assertThat(startsOf(s, "g1-maths")).as("g2 may be at either period, leaving G1 free at the other").hasSize(2);
    }

    @Test
    void aTeacherWithALessonOnAlternateWeeksRulesOutNothing() {
        Scenario s = withYearLesson(t1AvailableAt(Set.of(MONDAY_1, MONDAY_2), WeekPattern.WEEK_A), 1,
                MONDAY_1, MONDAY_2, TUESDAY_2, WEDNESDAY_1);

        // in week B, T1 has a period to spare
        assertThat(startsOf(s, "year")).hasSize(4);
    }

    @Test
    void aLessonLosingLessThanHalfItsStartsKeepsThemAll() {
        Scenario s = t1AvailableAt(Set.of(MONDAY_1, MONDAY_2)).lesson("year", "T2", "Y", 1);

        // two of its 30 starts cannot be used, but ruling out a few starts of many lessons slowed the fast phase
        assertThat(startsOf(s, "year")).hasSize(30);
    }

    @Test
    void aLessonWithNoOtherStartKeepsItsOnlyOne() {
        Scenario s = withYearLesson(t1AvailableAt(Set.of(MONDAY_1, MONDAY_2)), 1, MONDAY_1);

        // an impossible school: the search is left to report the clash rather than the compiler to fail
        assertThat(startsOf(s, "year")).containsExactly(MONDAY_1);
    }

    @Test
    void theFastPhaseLeavesThemOutAndTimefoldKeepsThem() {
        Scenario s = withYearLesson(t1AvailableAt(Set.of(MONDAY_1, MONDAY_2)), 1, MONDAY_1, MONDAY_2, TUESDAY_2, WEDNESDAY_1);
        LessonBlock year = s.blockOf("year");
        PackedResources.ruleOut(s.compiled().solution().blocks(), 5 * 6, Long.MAX_VALUE);

        FastFeasibilitySearch search = new FastFeasibilitySearch(s.compiled().solution(), 5, 6, 1);

        assertThat(search.allowedStarts(year.index())).containsExactlyInAnyOrder(7, 12); // Tuesday 2nd, Wednesday 1st
        assertThat(year.getAllowedStarts()).hasSize(4);
    }
}

package org.preau.engine.solve;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Constraint.EarlyMaxBeginningsAtSecondHour;
import org.preau.engine.model.Constraint.EndsStudentsDay;
import org.preau.engine.model.Constraint.IntervalMaxDaysPerWeek;
import org.preau.engine.model.Constraint.MaxDaysPerWeek;
import org.preau.engine.model.Constraint.MaxGapsPerDay;
import org.preau.engine.model.Constraint.MaxGapsPerWeek;
import org.preau.engine.model.Constraint.MaxHoursContinuously;
import org.preau.engine.model.Constraint.MaxHoursDaily;
import org.preau.engine.model.Constraint.MaxSpanPerDay;
import org.preau.engine.model.Constraint.MinGapsBetweenTags;
import org.preau.engine.model.Constraint.MinRestingHours;
import org.preau.engine.model.Constraint.MinDaysPerWeek;
import org.preau.engine.model.Constraint.MinHoursDaily;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.WeekPattern;
import org.preau.engine.model.Weight;

class ResourceConstraintsTest {

    private static final ResourceRef T1 = ResourceRef.teacher("T1");
    private final ConstraintVerifier<TimetableConstraints, TimetableSolution> verifier = ConstraintVerifier.build(
            new TimetableConstraints(), TimetableSolution.class, LessonBlock.class, RoomBooking.class);

    /** Three lessons of T1 without pupils, so that only the teacher's rules matter. */
    private static Scenario threeLessonsOfT1() {
        return new Scenario().lesson("a", "T1", "", 1).lesson("b", "T1", "", 1).lesson("c", "T1", "", 1);
    }

    @Test
    void maxHoursDailyCountsPeriodsBeyondTheMaximum() {
        Scenario s = threeLessonsOfT1().rule(new MaxHoursDaily(T1, 2, "", Weight.HARD));
        verifier.verifyThat((c, f) -> c.maxHoursDaily(f, Level.HARD))
                .givenSolution(s.at("a", 0, 0).at("b", 0, 1).at("c", 0, 3).solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.maxHoursDaily(f, Level.HARD))
                .givenSolution(s.at("c", 1, 0).solution()).penalizesBy(0);
    }

    @Test
    void softMaxHoursDailyCostsItsWeightOncePerDayOverTheMaximumAsFetCountsIt() {
        Scenario s = threeLessonsOfT1().rule(new MaxHoursDaily(T1, 1, "", Weight.soft(90)));
        verifier.verifyThat((c, f) -> c.maxHoursDaily(f, Level.SOFT))
                .givenSolution(s.at("a", 0, 0).at("b", 0, 1).at("c", 0, 3).solution()).penalizesBy(9000);
        verifier.verifyThat((c, f) -> c.maxHoursDaily(f, Level.SOFT))
                .givenSolution(s.at("c", 1, 0).solution()).penalizesBy(9000);
    }

    @Test
    void everyRuleOfAResourceCountsOnceInItsOwnConstraintThoughTheResourcesRulesAreOneFact() {
        // two soft maxima of different weights, a hard one and a rule of another kind, all on T1
        Scenario s = threeLessonsOfT1().rule(new MaxHoursDaily(T1, 1, "", Weight.soft(90)))
                .rule(new MaxHoursDaily(T1, 2, "", Weight.soft(50))).rule(new MaxHoursDaily(T1, 2, "", Weight.HARD))
                .rule(new MaxHoursContinuously(T1, 1, "", Weight.soft(70)));
        TimetableSolution threeOnMonday = s.at("a", 0, 0).at("b", 0, 1).at("c", 0, 3).solution();
        verifier.verifyThat((c, f) -> c.maxHoursDaily(f, Level.SOFT)).givenSolution(threeOnMonday).penalizesBy(9000 + 5000);
        verifier.verifyThat((c, f) -> c.maxHoursDaily(f, Level.HARD)).givenSolution(threeOnMonday).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.maxHoursContinuously(f, Level.SOFT)).givenSolution(threeOnMonday).penalizesBy(7000);
        verifier.verifyThat((c, f) -> c.maxHoursContinuously(f, Level.HARD)).givenSolution(threeOnMonday).penalizesBy(0);
        TimetableSolution twoOnMonday = s.at("c", 1, 0).solution();
        verifier.verifyThat((c, f) -> c.maxHoursDaily(f, Level.SOFT)).givenSolution(twoOnMonday).penalizesBy(9000);
    }

    @Test
    void softMaxHoursContinuouslyCostsItsWeightPerRunTooLongAsFetCountsIt() {
        Scenario s = new Scenario().lesson("a", "T1", "", 1).lesson("b", "T1", "", 1).lesson("c", "T1", "", 1)
                .lesson("d", "T1", "", 1).rule(new MaxHoursContinuously(T1, 1, "", Weight.soft(90)));
        verifier.verifyThat((c, f) -> c.maxHoursContinuously(f, Level.SOFT))
                .givenSolution(s.at("a", 0, 0).at("b", 0, 1).at("c", 0, 2).at("d", 1, 0).solution()).penalizesBy(9000);
        verifier.verifyThat((c, f) -> c.maxHoursContinuously(f, Level.SOFT))
                .givenSolution(s.at("c", 0, 3).at("d", 0, 4).solution()).penalizesBy(2 * 9000);
    }

    @Test
    void softMaxDaysPerWeekCostsThePeriodsOfTheLightestDaysToEmptyAsFetCountsIt() {
        Scenario s = new Scenario().lesson("a", "T1", "", 1).lesson("b", "T1", "", 1).lesson("c", "T1", "", 1)
                .lesson("d", "T1", "", 1).rule(new MaxDaysPerWeek(T1, 1, Weight.soft(90)));
        // two days of 2 periods, one too many: its 2 periods would have to move (one day over, counted hard)
        verifier.verifyThat((c, f) -> c.maxDaysPerWeek(f, Level.SOFT))
                .givenSolution(s.at("a", 0, 0).at("b", 0, 1).at("c", 1, 0).at("d", 1, 1).solution()).penalizesBy(2 * 9000);
    }

    @Test
    void softEarlyBeginningsCountALateDayOnceAsFetDoes() {
        Scenario s = new Scenario().lesson("a", "T1", "G1", 1).lesson("b", "T1", "G1", 1)
                .rule(new EarlyMaxBeginningsAtSecondHour(ResourceRef.students("G1"), 1, Weight.soft(90)));
        verifier.verifyThat((c, f) -> c.earlyMaxBeginningsAtSecondHour(f, Level.SOFT))
                .givenSolution(s.at("a", 0, 3).at("b", 1, 0).solution()).penalizesBy(9000);
    }

    @Test
    void maxHoursDailyWithATagCountsOnlyTaggedLessons() {
        Scenario s = threeLessonsOfT1()
                .lesson(new Lesson("lab1", "SVT", List.of("lab"), List.of("T1"), List.of(), 1, RoomRequirement.NONE,
                        WeekPattern.EVERY_WEEK, "", 0))
                .lesson(new Lesson("lab2", "SVT", List.of("lab"), List.of("T1"), List.of(), 1, RoomRequirement.NONE,
                        WeekPattern.EVERY_WEEK, "", 0))
                .rule(new MaxHoursDaily(T1, 1, "lab", Weight.HARD));
        s.at("a", 0, 0).at("b", 0, 1).at("c", 0, 2).at("lab1", 0, 3).at("lab2", 1, 3);
        verifier.verifyThat((c, f) -> c.maxHoursDaily(f, Level.HARD)).givenSolution(s.solution()).penalizesBy(0);
        verifier.verifyThat((c, f) -> c.maxHoursDaily(f, Level.HARD))
                .givenSolution(s.at("lab2", 0, 4).solution()).penalizesBy(1);
    }

    @Test
    void studentRulesApplyToEachSubgroupOfTheSet() {
        Scenario s = new Scenario().lesson("y", "T1", "Y", 1).lesson("g", "T2", "G1", 1)
                .rule(new MaxHoursDaily(ResourceRef.students("Y"), 1, "", Weight.HARD));
        verifier.verifyThat((c, f) -> c.maxHoursDaily(f, Level.HARD))
                .givenSolution(s.at("y", 0, 0).at("g", 0, 1).solution()).penalizesBy(1);
    }

    @Test
    void minHoursDailyCountsMissingPeriodsOnWorkingDaysAndOnEmptyDaysWhenNotAllowed() {
        Scenario allowed = threeLessonsOfT1().rule(new MinHoursDaily(T1, 2, true, Weight.HARD));
        verifier.verifyThat((c, f) -> c.minHoursDaily(f, Level.HARD))
                .givenSolution(allowed.at("a", 0, 0).at("b", 0, 1).at("c", 1, 0).solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.minHoursDaily(f, Level.HARD))
                .givenSolution(allowed.at("c", 0, 2).solution()).penalizesBy(0);
        Scenario everyDay = threeLessonsOfT1().rule(new MinHoursDaily(T1, 2, false, Weight.HARD));
        verifier.verifyThat((c, f) -> c.minHoursDaily(f, Level.HARD))
                .givenSolution(everyDay.at("a", 0, 0).at("b", 0, 1).at("c", 0, 2).solution()).penalizesBy(4 * 2);
    }

    @Test
    void maxHoursContinuouslyCountsPeriodsBeyondTheLongestRun() {
        Scenario s = threeLessonsOfT1().rule(new MaxHoursContinuously(T1, 2, "", Weight.HARD));
        verifier.verifyThat((c, f) -> c.maxHoursContinuously(f, Level.HARD))
                .givenSolution(s.at("a", 0, 0).at("b", 0, 1).at("c", 0, 2).solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.maxHoursContinuously(f, Level.HARD))
                .givenSolution(s.at("c", 0, 3).solution()).penalizesBy(0);
    }

    @Test
    void gapsPerDayAreIdlePeriodsBetweenLessonsButNotBreaks() {
        Scenario s = threeLessonsOfT1().rule(new MaxGapsPerDay(T1, 0, Weight.HARD));
        verifier.verifyThat((c, f) -> c.maxGapsPerDay(f, Level.HARD))
                .givenSolution(s.at("a", 0, 0).at("b", 0, 2).at("c", 1, 0).solution()).penalizesBy(1);
        Scenario withBreak = threeLessonsOfT1().breakAt(0, 1).rule(new MaxGapsPerDay(T1, 0, Weight.HARD));
        verifier.verifyThat((c, f) -> c.maxGapsPerDay(f, Level.HARD))
                .givenSolution(withBreak.at("a", 0, 0).at("b", 0, 2).at("c", 1, 0).solution()).penalizesBy(0);
    }

    @Test
    void gapsPerWeekAddUpOverTheDays() {
        Scenario s = new Scenario().lesson("a", "T1", "", 1).lesson("b", "T1", "", 1).lesson("c", "T1", "", 1)
                .lesson("d", "T1", "", 1).rule(new MaxGapsPerWeek(T1, 1, Weight.HARD));
        verifier.verifyThat((c, f) -> c.maxGapsPerWeek(f, Level.HARD))
                .givenSolution(s.at("a", 0, 0).at("b", 0, 2).at("c", 1, 0).at("d", 1, 3).solution()).penalizesBy(2);
        verifier.verifyThat((c, f) -> c.maxGapsPerWeek(f, Level.HARD))
                .givenSolution(s.at("d", 1, 1).solution()).penalizesBy(0);
    }

    @Test
    void maxAndMinDaysPerWeekCountWorkingDays() {
        Scenario max = threeLessonsOfT1().rule(new MaxDaysPerWeek(T1, 1, Weight.HARD));
        verifier.verifyThat((c, f) -> c.maxDaysPerWeek(f, Level.HARD))
                .givenSolution(max.at("a", 0, 0).at("b", 1, 0).at("c", 2, 0).solution()).penalizesBy(2);
        Scenario min = threeLessonsOfT1().rule(new MinDaysPerWeek(T1, 2, Weight.HARD));
        verifier.verifyThat((c, f) -> c.minDaysPerWeek(f, Level.HARD))
                .givenSolution(min.at("a", 0, 0).at("b", 0, 1).at("c", 0, 2).solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.minDaysPerWeek(f, Level.HARD))
                .givenSolution(min.at("c", 3, 2).solution()).penalizesBy(0);
    }

    @Test
    void intervalMaxDaysPerWeekCountsDaysBusyInTheInterval() {
        Scenario s = threeLessonsOfT1().rule(new IntervalMaxDaysPerWeek(T1, 4, 6, 1, Weight.HARD));
        verifier.verifyThat((c, f) -> c.intervalMaxDaysPerWeek(f, Level.HARD))
                .givenSolution(s.at("a", 0, 4).at("b", 1, 5).at("c", 2, 0).solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.intervalMaxDaysPerWeek(f, Level.HARD))
                .givenSolution(s.at("b", 1, 3).solution()).penalizesBy(0);
    }

    @Test
    void pupilsStartEarlyExceptOnAllowedSecondHourDays() {
        Scenario s = new Scenario().lesson("a", "T1", "G1", 1).lesson("b", "T1", "G1", 1).lesson("c", "T1", "G1", 1)
                .rule(new EarlyMaxBeginningsAtSecondHour(ResourceRef.students("G1"), 1, Weight.HARD));
        verifier.verifyThat((c, f) -> c.earlyMaxBeginningsAtSecondHour(f, Level.HARD))
                .givenSolution(s.at("a", 0, 1).at("b", 1, 0).at("c", 2, 0).solution()).penalizesBy(0);
        verifier.verifyThat((c, f) -> c.earlyMaxBeginningsAtSecondHour(f, Level.HARD))
                .givenSolution(s.at("b", 1, 1).solution()).penalizesBy(1);
        // starting at the fourth period: two periods later than allowed, and a third late beginning
        verifier.verifyThat((c, f) -> c.earlyMaxBeginningsAtSecondHour(f, Level.HARD))
                .givenSolution(s.at("c", 2, 3).solution()).penalizesBy(2 + 2);
    }

    @Test
    void aLessonEndingThePupilsDayHasNothingOfTheirsAfterIt() {
        Scenario s = new Scenario().lesson("y", "T1", "Y", 1).lesson("g", "T2", "G2", 1)
                .rule(new EndsStudentsDay(List.of("y"), Weight.HARD));
        verifier.verifyThat((c, f) -> c.endsStudentsDay(f, Level.HARD))
                .givenSolution(s.at("y", 0, 2).at("g", 0, 4).solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.endsStudentsDay(f, Level.HARD))
                .givenSolution(s.at("g", 0, 1).solution()).penalizesBy(0);
    }

    @Test
    void maxSpanPerDayCountsDaysTooLongFromFirstToLastLesson() {
        Scenario s = threeLessonsOfT1().rule(new MaxSpanPerDay(T1, 3, false, Weight.HARD));
        verifier.verifyThat((c, f) -> c.maxSpanPerDay(f, Level.HARD)) // periods 0 to 3: span 4
                .givenSolution(s.at("a", 0, 0).at("b", 0, 1).at("c", 0, 3).solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.maxSpanPerDay(f, Level.HARD))
                .givenSolution(s.at("c", 0, 2).solution()).penalizesBy(0);
    }

    @Test
    void maxSpanPerDayMayAllowOneDayOneOver() {
        Scenario s = threeLessonsOfT1().lesson("d", "T1", "", 1).rule(new MaxSpanPerDay(T1, 2, true, Weight.soft(80)));
        verifier.verifyThat((c, f) -> c.maxSpanPerDay(f, Level.SOFT)) // Monday spans 3 (the exception), Tuesday 3 too
                .givenSolution(s.at("a", 0, 0).at("b", 0, 2).at("c", 1, 1).at("d", 1, 3).solution()).penalizesBy(8000);
        verifier.verifyThat((c, f) -> c.maxSpanPerDay(f, Level.SOFT))
                .givenSolution(s.at("d", 1, 2).solution()).penalizesBy(0);
    }

    @Test
    void minRestingHoursCountsNightsTooShort() {
        // 6 periods a day: last lesson at period 5 on Monday, first at period 1 on Tuesday: 0 + 1 free periods
        Scenario s = threeLessonsOfT1().rule(new MinRestingHours(T1, 2, false, Weight.HARD));
        verifier.verifyThat((c, f) -> c.minRestingHours(f, Level.HARD))
                .givenSolution(s.at("a", 0, 5).at("b", 1, 1).at("c", 4, 0).solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.minRestingHours(f, Level.HARD))
                .givenSolution(s.at("b", 1, 2).solution()).penalizesBy(0);
    }

    @Test
    void circularMinRestingHoursAlsoJoinsTheLastDayToTheFirst() {
        Scenario s = threeLessonsOfT1().rule(new MinRestingHours(T1, 2, true, Weight.soft(90)));
        verifier.verifyThat((c, f) -> c.minRestingHours(f, Level.SOFT)) // Friday period 5, then Monday period 0
                .givenSolution(s.at("a", 4, 5).at("b", 0, 0).at("c", 2, 2).solution()).penalizesBy(9000);
    }

    private static org.preau.engine.model.Lesson tagged(String id, String tag) {
        return new org.preau.engine.model.Lesson(id, "Maths", List.of(tag), List.of("T1"), List.of(), 1,
                org.preau.engine.model.RoomRequirement.NONE, org.preau.engine.model.WeekPattern.EVERY_WEEK, "", 0);
    }

    @Test
    void minGapsBetweenTagsCountsSecondTagLessonsTooSoonAfterAFirstTagOne() {
        Scenario s = new Scenario().lesson(tagged("lecture", "L")).lesson(tagged("lab", "TS")).lesson(tagged("other", "X"))
                .rule(new MinGapsBetweenTags(T1, "L", "TS", 1, Weight.HARD));
        verifier.verifyThat((c, f) -> c.minGapsBetweenTags(f, Level.HARD)) // lab right after the lecture
                .givenSolution(s.at("lecture", 0, 1).at("lab", 0, 2).at("other", 3, 0).solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.minGapsBetweenTags(f, Level.HARD)) // another lesson between counts as a gap
                .givenSolution(s.at("other", 0, 2).at("lab", 0, 3).solution()).penalizesBy(0);
        verifier.verifyThat((c, f) -> c.minGapsBetweenTags(f, Level.HARD)) // the other order is free
                .givenSolution(s.at("lab", 0, 0).solution()).penalizesBy(0);
    }
}

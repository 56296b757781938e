package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Constraint.Consecutive;
import org.preau.engine.model.Constraint.Grouped;
import org.preau.engine.model.Constraint.MaxDaysBetween;
import org.preau.engine.model.Constraint.MinDaysBetween;
import org.preau.engine.model.Constraint.MaxOccupiedSlots;
import org.preau.engine.model.Constraint.MaxSimultaneousInSlots;
import org.preau.engine.model.Constraint.MinGapsBetween;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Constraint.NotOverlapping;
import org.preau.engine.model.Constraint.Ordered;
import org.preau.engine.model.Constraint.OrderedIfSameDay;
import org.preau.engine.model.Constraint.SameDay;
import org.preau.engine.model.Constraint.SameStartingPeriod;
import org.preau.engine.model.Constraint.SameStartingTime;
import org.preau.engine.model.Weight;

class LessonSetConstraintsTest {

    private final ConstraintVerifier<TimetableConstraints, TimetableSolution> verifier = ConstraintVerifier.build(
            new TimetableConstraints(), TimetableSolution.class, LessonBlock.class, RoomBooking.class);

    /** Two lessons of different teachers and pupils, so that only the rule under test matters. */
    private static Scenario twoLessons() {
        return new Scenario().lesson("a", "T1", "G1", 1).lesson("b", "T2", "G2", 1);
    }

    @Test
    void minDaysBetweenCountsMissingDaysPerPair() {
        Scenario s = twoLessons().rule(new MinDaysBetween(List.of("a", "b"), 2, false, Weight.HARD));
        verifier.verifyThat((c, f) -> c.minDaysBetween(f, Level.HARD))
                .givenSolution(s.at("a", 0, 0).at("b", 1, 0).solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.minDaysBetween(f, Level.HARD))
                .givenSolution(s.at("b", 2, 0).solution()).penalizesBy(0);
        verifier.verifyThat((c, f) -> c.minDaysBetween(f, Level.HARD))
                .givenSolution(s.at("b", 0, 3).solution()).penalizesBy(2);
    }

    @Test
    void minDaysBetweenWantsLessonsOnTheSameDayBackToBackWhenAsked() {
        Scenario s = twoLessons().rule(new MinDaysBetween(List.of("a", "b"), 1, true, Weight.soft(95)));
        verifier.verifyThat((c, f) -> c.minDaysBetween(f, Level.SOFT))
                .givenSolution(s.at("a", 0, 0).at("b", 0, 2).solution()).penalizesBy(2 * 9500);
        verifier.verifyThat((c, f) -> c.minDaysBetween(f, Level.SOFT))
                .givenSolution(s.at("b", 0, 1).solution()).penalizesBy(9500);
    }

    @Test
    void maxDaysBetweenCountsExtraDays() {
        Scenario s = twoLessons().rule(new MaxDaysBetween(List.of("a", "b"), 1, Weight.HARD));
        verifier.verifyThat((c, f) -> c.maxDaysBetween(f, Level.HARD))
                .givenSolution(s.at("a", 0, 0).at("b", 3, 0).solution()).penalizesBy(2);
        verifier.verifyThat((c, f) -> c.maxDaysBetween(f, Level.HARD))
                .givenSolution(s.at("b", 1, 0).solution()).penalizesBy(0);
    }

    @Test
    void consecutiveLessonsFollowEachOtherInOrder() {
        Scenario s = twoLessons().rule(new Consecutive("a", "b", Weight.HARD));
        verifier.verifyThat((c, f) -> c.consecutive(f, Level.HARD))
                .givenSolution(s.at("a", 0, 0).at("b", 0, 1).solution()).penalizesBy(0);
        verifier.verifyThat((c, f) -> c.consecutive(f, Level.HARD))
                .givenSolution(s.at("a", 0, 2).solution()).penalizesBy(1);
    }

    @Test
    void orderedLessonsMayBeOnLaterDays() {
        Scenario s = twoLessons().rule(new Ordered("a", "b", Weight.HARD));
        verifier.verifyThat((c, f) -> c.ordered(f, Level.HARD))
                .givenSolution(s.at("a", 1, 0).at("b", 0, 5).solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.ordered(f, Level.HARD))
                .givenSolution(s.at("b", 1, 1).solution()).penalizesBy(0);
    }

    @Test
    void groupedLessonsFormOneBlockInAnyOrder() {
        Scenario s = twoLessons().rule(new Grouped(List.of("a", "b"), Weight.HARD));
        verifier.verifyThat((c, f) -> c.grouped(f, Level.HARD))
                .givenSolution(s.at("a", 0, 1).at("b", 0, 0).solution()).penalizesBy(0);
        verifier.verifyThat((c, f) -> c.grouped(f, Level.HARD))
                .givenSolution(s.at("b", 0, 3).solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.grouped(f, Level.HARD))
                .givenSolution(s.at("b", 1, 2).solution()).penalizesBy(1);
    }

    @Test
    void hardSameStartingTimeMakesOneBlockAndSoftOneCostsItsWeight() {
        Scenario hard = twoLessons().rule(new SameStartingTime(List.of("a", "b"), Weight.HARD));
        assertThat(hard.blockOf("a")).isSameAs(hard.blockOf("b"));
        Scenario soft = twoLessons().rule(new SameStartingTime(List.of("a", "b"), Weight.soft(70)));
        assertThat(soft.blockOf("a")).isNotSameAs(soft.blockOf("b"));
        verifier.verifyThat((c, f) -> c.sameStartingTime(f, Level.SOFT))
                .givenSolution(soft.at("a", 0, 0).at("b", 0, 1).solution()).penalizesBy(7000);
        verifier.verifyThat((c, f) -> c.sameStartingTime(f, Level.SOFT))
                .givenSolution(soft.at("b", 0, 0).solution()).penalizesBy(0);
    }

    @Test
    void sameDayAndSameStartingPeriodCountMembersThatDiffer() {
        Scenario day = twoLessons().rule(new SameDay(List.of("a", "b"), Weight.HARD));
        verifier.verifyThat((c, f) -> c.sameDay(f, Level.HARD))
                .givenSolution(day.at("a", 0, 0).at("b", 1, 0).solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.sameDay(f, Level.HARD))
                .givenSolution(day.at("b", 0, 4).solution()).penalizesBy(0);
        Scenario period = twoLessons().rule(new SameStartingPeriod(List.of("a", "b"), Weight.HARD));
        verifier.verifyThat((c, f) -> c.sameStartingPeriod(f, Level.HARD))
                .givenSolution(period.at("a", 0, 0).at("b", 1, 1).solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.sameStartingPeriod(f, Level.HARD))
                .givenSolution(period.at("b", 3, 0).solution()).penalizesBy(0);
    }

    @Test
    void notOverlappingCountsSharedPeriods() {
        Scenario s = new Scenario().lesson("a", "T1", "G1", 2).lesson("b", "T2", "G2", 2)
                .rule(new NotOverlapping(List.of("a", "b"), Weight.HARD));
        verifier.verifyThat((c, f) -> c.notOverlapping(f, Level.HARD))
                .givenSolution(s.at("a", 0, 0).at("b", 0, 1).solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.notOverlapping(f, Level.HARD))
                .givenSolution(s.at("b", 0, 2).solution()).penalizesBy(0);
    }

    @Test
    void minGapsBetweenCountsMissingFreePeriodsPerPairOnOneDay() {
        Scenario s = new Scenario().lesson("a", "T1", "G1", 2).lesson("b", "T2", "G2", 1).lesson("c", "", "A1", 1)
                .rule(new MinGapsBetween(List.of("a", "b", "c"), 2, Weight.HARD));
        verifier.verifyThat((c, f) -> c.minGapsBetween(f, Level.HARD))
                .givenSolution(s.at("a", 0, 0).at("b", 0, 4).at("c", 1, 0).solution()).penalizesBy(0);
        verifier.verifyThat((c, f) -> c.minGapsBetween(f, Level.HARD)) // a-b and b-c: 1 missing each, a-c: fine
                .givenSolution(s.at("b", 0, 3).at("c", 0, 5).solution()).penalizesBy(2);
    }

    @Test
    void softMinGapsBetweenCostsItsWeightPerMissingPeriod() {
        Scenario s = twoLessons().rule(new MinGapsBetween(List.of("a", "b"), 1, Weight.soft(80)));
        verifier.verifyThat((c, f) -> c.minGapsBetween(f, Level.SOFT))
                .givenSolution(s.at("a", 2, 3).at("b", 2, 4).solution()).penalizesBy(8000);
        verifier.verifyThat((c, f) -> c.minGapsBetween(f, Level.SOFT))
                .givenSolution(s.at("b", 2, 5).solution()).penalizesBy(0);
        verifier.verifyThat((c, f) -> c.minGapsBetween(f, Level.HARD))
                .givenSolution(s.at("b", 2, 4).solution()).penalizesBy(0);
    }

    @Test
    void maxOccupiedSlotsIsBrokenOnceWhenTooManySelectedSlotsAreUsed() {
        var selected = java.util.Set.of(new Slot(0, 0), new Slot(0, 1), new Slot(1, 0), new Slot(1, 1));
        Scenario s = new Scenario().lesson("a", "T1", "G1", 2).lesson("b", "T2", "G2", 1)
                .rule(new MaxOccupiedSlots(List.of("a", "b"), selected, 2, Weight.HARD));
        verifier.verifyThat((c, f) -> c.maxOccupiedSlots(f, Level.HARD))
                .givenSolution(s.at("a", 0, 0).at("b", 2, 0).solution()).penalizesBy(0);
        verifier.verifyThat((c, f) -> c.maxOccupiedSlots(f, Level.HARD))
                .givenSolution(s.at("b", 1, 1).solution()).penalizesBy(1);
    }

    @Test
    void maxSimultaneousInSlotsCountsEachCrowdedSelectedSlot() {
        var selected = java.util.Set.of(new Slot(0, 0), new Slot(0, 1));
        Scenario s = new Scenario().lesson("a", "T1", "G1", 2).lesson("b", "T2", "G2", 2)
                .rule(new MaxSimultaneousInSlots(List.of("a", "b"), selected, 1, Weight.soft(50)));
        verifier.verifyThat((c, f) -> c.maxSimultaneousInSlots(f, Level.SOFT))
                .givenSolution(s.at("a", 0, 0).at("b", 0, 0).solution()).penalizesBy(2 * 5000);
        verifier.verifyThat((c, f) -> c.maxSimultaneousInSlots(f, Level.SOFT))
                .givenSolution(s.at("b", 0, 1).solution()).penalizesBy(5000);
        verifier.verifyThat((c, f) -> c.maxSimultaneousInSlots(f, Level.SOFT))
                .givenSolution(s.at("b", 0, 2).solution()).penalizesBy(0);
    }

    @Test
    void lessonsAlignedInOneBlockCountTwiceInMaxSimultaneousInSlots() {
        var selected = java.util.Set.of(new Slot(0, 0));
        Scenario s = twoLessons().rule(new SameStartingTime(List.of("a", "b"), Weight.HARD))
                .rule(new MaxSimultaneousInSlots(List.of("a", "b"), selected, 1, Weight.HARD));
        verifier.verifyThat((c, f) -> c.maxSimultaneousInSlots(f, Level.HARD))
                .givenSolution(s.at("a", 0, 0).solution()).penalizesBy(1);
    }

    @Test
    void orderedIfSameDayOnlyOrdersLessonsOfOneDay() {
        Scenario s = twoLessons().rule(new OrderedIfSameDay("a", "b", Weight.soft(70)));
        verifier.verifyThat((c, f) -> c.orderedIfSameDay(f, Level.SOFT))
                .givenSolution(s.at("a", 1, 3).at("b", 0, 0).solution()).penalizesBy(0);
        verifier.verifyThat((c, f) -> c.orderedIfSameDay(f, Level.SOFT))
                .givenSolution(s.at("b", 1, 2).solution()).penalizesBy(7000);
        verifier.verifyThat((c, f) -> c.orderedIfSameDay(f, Level.SOFT))
                .givenSolution(s.at("b", 1, 4).solution()).penalizesBy(0);
    }
}

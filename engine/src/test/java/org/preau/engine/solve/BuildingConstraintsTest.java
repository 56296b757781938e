package org.preau.engine.solve;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.MaxBuildingChangesPerDay;
import org.preau.engine.model.Constraint.MaxBuildingChangesPerWeek;
import org.preau.engine.model.Constraint.MinGapsBetweenBuildingChanges;
import org.preau.engine.model.Constraint.PreferredRooms;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.WeekPattern;
import org.preau.engine.model.Weight;

/** Moves between buildings, from the rooms of a teacher's or subgroup's lessons. */
class BuildingConstraintsTest {

    private final ConstraintVerifier<TimetableConstraints, TimetableSolution> verifier = ConstraintVerifier.build(
            new TimetableConstraints(), TimetableSolution.class, LessonBlock.class, RoomBooking.class);

    /** T1 teaches a, b, c to G1 on Monday at periods 0, 1 and 3; rooms N1, N2 in "North", S1 in "South". */
    private static Scenario mondayOfT1(Constraint rule, String roomA, String roomB, String roomC) {
        return new Scenario().room("N1", "North").room("N2", "North").room("S1", "South")
                .lesson("a", "T1", "G1", 1).lesson("b", "T1", "G1", 1).lesson("c", "T1", "G1", 1)
                .rule(new PreferredRooms(List.of("a", "b", "c"), Set.of("N1", "N2", "S1"), Weight.HARD)).rule(rule)
                .at("a", 0, 0, roomA).at("b", 0, 1, roomB).at("c", 0, 3, roomC);
    }

    @Test
    void maxBuildingChangesPerDayCountsChangesBeyondTheLimit() {
        var rule = new MaxBuildingChangesPerDay(ResourceRef.teacher("T1"), 0, Weight.HARD);
        verifier.verifyThat((c, f) -> c.maxBuildingChangesPerDay(f, Level.HARD))
                .givenSolution(mondayOfT1(rule, "N1", "N2", "N1").solution()).penalizesBy(0); // two rooms, one building
        verifier.verifyThat((c, f) -> c.maxBuildingChangesPerDay(f, Level.HARD))
                .givenSolution(mondayOfT1(rule, "N1", "S1", "N2").solution()).penalizesBy(2);
    }

    @Test
    void maxBuildingChangesPerWeekOfPupilsCostsItsWeightPerExtraChange() {
        var rule = new MaxBuildingChangesPerWeek(ResourceRef.students("G1"), 1, Weight.soft(60));
        verifier.verifyThat((c, f) -> c.maxBuildingChangesPerWeek(f, Level.SOFT)) // G1 is subgroup A1
                .givenSolution(mondayOfT1(rule, "N1", "S1", "N2").solution()).penalizesBy(6000);
        verifier.verifyThat((c, f) -> c.maxBuildingChangesPerWeek(f, Level.SOFT))
                .givenSolution(mondayOfT1(rule, "N1", "S1", "S1").solution()).penalizesBy(0);
    }

    @Test
    void minGapsBetweenBuildingChangesWantsFreePeriodsBeforeAMove() {
        var rule = new MinGapsBetweenBuildingChanges(ResourceRef.teacher("T1"), 1, Weight.HARD);
        verifier.verifyThat((c, f) -> c.minGapsBetweenBuildingChanges(f, Level.HARD))
                .givenSolution(mondayOfT1(rule, "N1", "N2", "S1").solution()).penalizesBy(0);
        verifier.verifyThat((c, f) -> c.minGapsBetweenBuildingChanges(f, Level.HARD))
                .givenSolution(mondayOfT1(rule, "N1", "S1", "S1").solution()).penalizesBy(1);
    }

    /** T1 teaches x and y, each in a room of North or South (N1, N2, S1), in the weeks given. */
    private static Scenario xAndYOfT1(Constraint rule, WeekPattern x, WeekPattern y) {
        return new Scenario().room("N1", "North").room("N2", "North").room("S1", "South")
                .lesson(lessonOfT1("x", x)).lesson(lessonOfT1("y", y)).lesson(lessonOfT1("z", WeekPattern.EVERY_WEEK)).rule(rule);
    }

    private static Lesson lessonOfT1(String id, WeekPattern weeks) {
        return new Lesson(id, "Maths", List.of(), List.of("T1"), List.of(), 1, RoomRequirement.anyOf(Set.of("N1", "N2", "S1")),
                weeks, "", 0);
    }

    @Test
    void lessonsInAlternateWeeksAreNoMoveBetweenBuildings() {
        var rule = new MaxBuildingChangesPerDay(ResourceRef.teacher("T1"), 0, Weight.HARD);
        verifier.verifyThat((c, f) -> c.maxBuildingChangesPerDay(f, Level.HARD)) // z on Tuesday, out of the way
                .givenSolution(xAndYOfT1(rule, WeekPattern.WEEK_A, WeekPattern.WEEK_B)
                        .at("x", 0, 0, "N1").at("y", 0, 1, "S1").at("z", 1, 0, "N1").solution()).penalizesBy(0);
        verifier.verifyThat((c, f) -> c.maxBuildingChangesPerDay(f, Level.HARD)) // the same lessons every week do move
                .givenSolution(xAndYOfT1(rule, WeekPattern.EVERY_WEEK, WeekPattern.EVERY_WEEK)
                        .at("x", 0, 0, "N1").at("y", 0, 1, "S1").at("z", 1, 0, "N1").solution()).penalizesBy(1);
    }

    @Test
    void eachWeekOfTheCycleIsJudgedOnItsOwnLessons() {
        // x (A, North) and y (B, South) share 8:00, z follows at 9:00 in North every week: semaine B moves, A does not
        var rule = new MaxBuildingChangesPerWeek(ResourceRef.teacher("T1"), 0, Weight.soft(60));
        verifier.verifyThat((c, f) -> c.maxBuildingChangesPerWeek(f, Level.SOFT))
                .givenSolution(xAndYOfT1(rule, WeekPattern.WEEK_A, WeekPattern.WEEK_B)
                        .at("x", 0, 0, "N1").at("y", 0, 0, "S1").at("z", 0, 1, "N2").solution()).penalizesBy(6000);
        var gaps = new MinGapsBetweenBuildingChanges(ResourceRef.teacher("T1"), 1, Weight.HARD);
        verifier.verifyThat((c, f) -> c.minGapsBetweenBuildingChanges(f, Level.HARD))
                .givenSolution(xAndYOfT1(gaps, WeekPattern.WEEK_A, WeekPattern.WEEK_B)
                        .at("x", 0, 0, "N1").at("y", 0, 0, "S1").at("z", 0, 1, "N2").solution()).penalizesBy(1);
    }
}

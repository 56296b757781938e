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
import org.preau.engine.model.ResourceRef;
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
}

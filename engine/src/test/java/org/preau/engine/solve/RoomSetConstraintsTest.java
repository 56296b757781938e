package org.preau.engine.solve;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Constraint.MaxDifferentRooms;
import org.preau.engine.model.Constraint.PreferredRooms;
import org.preau.engine.model.Constraint.SameRoomIfConsecutive;
import org.preau.engine.model.Weight;

/** Rules over the rooms of a few lessons together. */
class RoomSetConstraintsTest {

    private final ConstraintVerifier<TimetableConstraints, TimetableSolution> verifier = ConstraintVerifier.build(
            new TimetableConstraints(), TimetableSolution.class, LessonBlock.class, RoomBooking.class);

    /** Three lessons that may use R1, R2 or R3, under {@code rule}. */
    private static Scenario threeLessonsWithRooms(MaxDifferentRooms rule) {
        return new Scenario().room("R3").lesson("a", "T1", "G1", 1).lesson("b", "T1", "G1", 1).lesson("c", "T2", "G2", 1)
                .rule(new PreferredRooms(List.of("a", "b", "c"), Set.of("R1", "R2", "R3"), Weight.HARD)).rule(rule);
    }

    @Test
    void maxDifferentRoomsIsBrokenOnceHoweverManyRoomsTooMany() {
        Scenario s = threeLessonsWithRooms(new MaxDifferentRooms(List.of("a", "b", "c"), 1, Weight.HARD));
        verifier.verifyThat((c, f) -> c.maxDifferentRooms(f, Level.HARD))
                .givenSolution(s.at("a", 0, 0, "R1").at("b", 0, 1, "R1").at("c", 0, 0, "R2").solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.maxDifferentRooms(f, Level.HARD))
                .givenSolution(s.at("b", 0, 1, "R2").at("c", 1, 0, "R3").solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.maxDifferentRooms(f, Level.HARD))
                .givenSolution(s.at("a", 0, 0, "R3").at("b", 0, 1, "R3").solution()).penalizesBy(0);
    }

    @Test
    void softMaxDifferentRoomsCostsItsWeight() {
        Scenario s = threeLessonsWithRooms(new MaxDifferentRooms(List.of("a", "b", "c"), 2, Weight.soft(90)));
        verifier.verifyThat((c, f) -> c.maxDifferentRooms(f, Level.SOFT))
                .givenSolution(s.at("a", 0, 0, "R1").at("b", 0, 1, "R2").at("c", 0, 0, "R3").solution()).penalizesBy(9000);
        verifier.verifyThat((c, f) -> c.maxDifferentRooms(f, Level.SOFT))
                .givenSolution(s.at("c", 0, 0, "R2").solution()).penalizesBy(0);
    }

    @Test
    void aLessonWithoutARoomDoesNotCountForMaxDifferentRooms() {
        Scenario s = threeLessonsWithRooms(new MaxDifferentRooms(List.of("a", "b", "c"), 1, Weight.HARD));
        s.at("a", 0, 0, "R1").at("b", 0, 1, "R1").at("c", 0, 0, "R2");
        s.bookingOf("c").setRoom(null);
        verifier.verifyThat((c, f) -> c.maxDifferentRooms(f, Level.HARD)).givenSolution(s.solution()).penalizesBy(0);
    }

    @Test
    void sameRoomIfConsecutiveCountsBackToBackPairsInTwoRooms() {
        Scenario s = new Scenario().room("R3").lesson("a", "T1", "G1", 2).lesson("b", "T1", "G1", 1).lesson("c", "T2", "G2", 1)
                .rule(new PreferredRooms(List.of("a", "b", "c"), Set.of("R1", "R2", "R3"), Weight.HARD))
                .rule(new SameRoomIfConsecutive(List.of("a", "b", "c"), Weight.HARD));
        verifier.verifyThat((c, f) -> c.sameRoomIfConsecutive(f, Level.HARD)) // b after a, c before a: both in other rooms
                .givenSolution(s.at("a", 0, 1, "R1").at("b", 0, 3, "R2").at("c", 0, 0, "R3").solution()).penalizesBy(2);
        verifier.verifyThat((c, f) -> c.sameRoomIfConsecutive(f, Level.HARD)) // b one period later: not back to back
                .givenSolution(s.at("b", 0, 4, "R2").at("c", 0, 0, "R1").solution()).penalizesBy(0);
        verifier.verifyThat((c, f) -> c.sameRoomIfConsecutive(f, Level.HARD))
                .givenSolution(s.at("b", 1, 3, "R2").at("c", 0, 3, "R2").solution()).penalizesBy(1); // c right after a
    }

    @Test
    void softSameRoomIfConsecutiveCostsItsWeight() {
        Scenario s = new Scenario().lesson("a", "T1", "G1", 1).lesson("b", "T2", "G2", 1)
                .rule(new PreferredRooms(List.of("a", "b"), Set.of("R1", "R2"), Weight.HARD))
                .rule(new SameRoomIfConsecutive(List.of("a", "b"), Weight.soft(75)));
        verifier.verifyThat((c, f) -> c.sameRoomIfConsecutive(f, Level.SOFT))
                .givenSolution(s.at("a", 2, 0, "R1").at("b", 2, 1, "R2").solution()).penalizesBy(7500);
        verifier.verifyThat((c, f) -> c.sameRoomIfConsecutive(f, Level.SOFT))
                .givenSolution(s.at("b", 2, 1, "R1").solution()).penalizesBy(0);
    }
}

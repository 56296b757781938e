package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Constraint.PreferredRooms;
import org.preau.engine.model.Constraint.PreferredStarts;
import org.preau.engine.model.Constraint.Unavailable;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Weight;

class ImplicitConstraintsTest {

    private final ConstraintVerifier<TimetableConstraints, TimetableSolution> verifier = ConstraintVerifier.build(
            new TimetableConstraints(), TimetableSolution.class, LessonBlock.class, RoomBooking.class);

    @Test
    void aTeacherInTwoLessonsAtOnceIsOneClash() {
        Scenario s = new Scenario().lesson("a", "T1", "G1", 1).lesson("b", "T1", "G2", 1);
        verifier.verifyThat(TimetableConstraints::teacherOrPupilsDoubleBooked)
                .givenSolution(s.at("a", 0, 0).at("b", 0, 0).solution()).penalizesBy(1);
        verifier.verifyThat(TimetableConstraints::teacherOrPupilsDoubleBooked)
                .givenSolution(s.at("b", 0, 1).solution()).penalizesBy(0);
    }

    @Test
    void aYearClashesWithItsGroupButSiblingSubgroupsDoNot() {
        Scenario year = new Scenario().lesson("y", "T1", "Y", 1).lesson("g", "T2", "G1", 1);
        verifier.verifyThat(TimetableConstraints::teacherOrPupilsDoubleBooked)
                .givenSolution(year.at("y", 2, 3).at("g", 2, 3).solution()).penalizesBy(1);
        Scenario siblings = new Scenario().lesson("a1", "T1", "A1", 1).lesson("a2", "T2", "A2", 1);
        verifier.verifyThat(TimetableConstraints::teacherOrPupilsDoubleBooked)
                .givenSolution(siblings.at("a1", 2, 3).at("a2", 2, 3).solution()).penalizesBy(0);
    }

    @Test
    void longLessonsClashOncePerSharedPeriod() {
        Scenario s = new Scenario().lesson("a", "T1", "G1", 2).lesson("b", "T1", "G2", 2);
        verifier.verifyThat(TimetableConstraints::teacherOrPupilsDoubleBooked)
                .givenSolution(s.at("a", 0, 0).at("b", 0, 1).solution()).penalizesBy(1);
        verifier.verifyThat(TimetableConstraints::teacherOrPupilsDoubleBooked)
                .givenSolution(s.at("b", 0, 2).solution()).penalizesBy(0);
    }

    @Test
    void aRoomHostsOneLessonAtATime() {
        Scenario s = new Scenario().lesson("a", "T1", "G1", 1).lesson("b", "T2", "G2", 1)
                .rule(new PreferredRooms(List.of("a", "b"), Set.of("R1"), Weight.HARD));
        verifier.verifyThat(TimetableConstraints::roomDoubleBooked)
                .givenSolution(s.at("a", 0, 0, "R1").at("b", 0, 0, "R1").solution()).penalizesBy(1);
        verifier.verifyThat(TimetableConstraints::roomDoubleBooked)
                .givenSolution(s.at("b", 1, 0, "R1").solution()).penalizesBy(0);
    }

    @Test
    void hardWindowsShapeTheValueRange() {
        Scenario s = new Scenario().lesson("a", "T1", "G1", 1)
                .rule(new Unavailable(ResourceRef.teacher("T1"), Set.of(new Slot(0, 0)), Weight.HARD));
        assertThat(s.blockOf("a").getAllowedStarts()).hasSize(29)
                .noneMatch(slot -> slot.day() == 0 && slot.period() == 0);
    }

    @Test
    void contradictoryHardWindowsAreCountedRatherThanHidden() {
        Set<Slot> wholeWeek = new java.util.HashSet<>();
        for (int d = 0; d < 5; d++) {
            for (int p = 0; p < 6; p++) {
                wholeWeek.add(new Slot(d, p));
            }
        }
        Scenario s = new Scenario().lesson("a", "T1", "G1", 1).lesson("b", "T2", "G2", 1)
                .rule(new Unavailable(ResourceRef.teacher("T1"), wholeWeek, Weight.HARD));
        verifier.verifyThat(TimetableConstraints::lessonOutsideAllowedTimes)
                .givenSolution(s.at("a", 0, 0).at("b", 0, 0).solution()).penalizesBy(1);
    }

    @Test
    void aSoftPreferredStartCostsItsWeightWhenMissed() {
        Scenario s = new Scenario().lesson("a", "T1", "G1", 1)
                .rule(new PreferredStarts(List.of("a"), Set.of(new Slot(1, 1)), Weight.soft(80)));
        verifier.verifyThat(TimetableConstraints::lessonOutsideWishedTimes)
                .givenSolution(s.at("a", 0, 0).solution()).penalizesBy(8000);
        verifier.verifyThat(TimetableConstraints::lessonOutsideWishedTimes)
                .givenSolution(s.at("a", 1, 1).solution()).penalizesBy(0);
    }

    @Test
    void aLessonWithHardRoomsMustGetOneOfThem() {
        Scenario s = new Scenario().lesson("a", "T1", "G1", 1)
                .rule(new PreferredRooms(List.of("a"), Set.of("R1"), Weight.HARD));
        assertThat(s.bookingOf("a").getCandidates()).extracting(RoomValue::id).containsExactly("R1");
        verifier.verifyThat(TimetableConstraints::roomNotAllowed)
                .givenSolution(s.at("a", 0, 0, "R1").solution()).penalizesBy(0);
        s.bookingOf("a").setRoom(null);
        verifier.verifyThat(TimetableConstraints::roomNotAllowed).givenSolution(s.solution()).penalizesBy(1);
    }

    @Test
    void aSoftPreferredRoomCostsItsWeightWhenMissed() {
        Scenario s = new Scenario().lesson("a", "T1", "G1", 1)
                .rule(new PreferredRooms(List.of("a"), Set.of("R2"), Weight.soft(50)));
        verifier.verifyThat(TimetableConstraints::roomNotWished)
                .givenSolution(s.at("a", 0, 0, "R2").solution()).penalizesBy(0);
        s.bookingOf("a").setRoom(null); // FET leaves a lesson without its soft room rather than in another
        verifier.verifyThat(TimetableConstraints::roomNotWished).givenSolution(s.solution()).penalizesBy(5000);
    }

    @Test
    void aClosedRoomCannotBeUsed() {
        Scenario s = new Scenario().lesson("a", "T1", "G1", 1)
                .rule(new PreferredRooms(List.of("a"), Set.of("R1", "R2"), Weight.HARD))
                .rule(new Unavailable(ResourceRef.room("R1"), Set.of(new Slot(0, 0)), Weight.HARD))
                .rule(new Unavailable(ResourceRef.room("R2"), Set.of(new Slot(0, 1)), Weight.soft(30)));
        verifier.verifyThat((c, f) -> c.roomClosed(f, Level.HARD))
                .givenSolution(s.at("a", 0, 0, "R1").solution()).penalizesBy(1);
        verifier.verifyThat((c, f) -> c.roomClosed(f, Level.HARD))
                .givenSolution(s.at("a", 0, 0, "R2").solution()).penalizesBy(0);
        verifier.verifyThat((c, f) -> c.roomClosed(f, Level.SOFT))
                .givenSolution(s.at("a", 0, 1, "R2").solution()).penalizesBy(3000);
    }

    @Test
    void roomsTooSmallForTheClassAreNotCandidates() {
        Scenario s = new Scenario().lesson("y", "T1", "Y", 1)
                .rule(new PreferredRooms(List.of("y"), Set.of("R1", "R2"), Weight.HARD));
        assertThat(s.bookingOf("y").getCandidates()).extracting(RoomValue::id).containsExactly("R1");
    }
}

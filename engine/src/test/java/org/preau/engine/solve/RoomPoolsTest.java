package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Constraint.HomeRoom;
import org.preau.engine.model.Constraint.MaxBuildingChangesPerDay;
import org.preau.engine.model.Constraint.MaxDifferentRooms;
import org.preau.engine.model.Constraint.PreferredRooms;
import org.preau.engine.model.Constraint.PreferredStarts;
import org.preau.engine.model.Constraint.SameRoomIfConsecutive;
import org.preau.engine.model.Constraint.Unavailable;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Weight;
import org.preau.engine.model.WeekPattern;

/** Rooms in the fast phase (pools of rooms with as many places as rooms) and the room assignment at handover. */
class RoomPoolsTest {

    private static Lesson lesson(String id, String teacher, String students, RoomRequirement room) {
        return new Lesson(id, "Maths", List.of(), teacher.isEmpty() ? List.of() : List.of(teacher),
                students.isEmpty() ? List.of() : List.of(students), 1, room, WeekPattern.EVERY_WEEK, "", 0);
    }

    /** The rooms the lessons got, in the order asked ("none" for a lesson without one). */
    private static List<String> roomsOf(Scenario s, String... ids) {
        return java.util.Arrays.stream(ids)
                .map(id -> s.bookingOf(id).getRoom() == null ? "none" : s.bookingOf(id).getRoom().id()).toList();
    }

    private static FastFeasibilitySearch searchWithAllAt(Scenario s, int... starts) {
        FastFeasibilitySearch search = new FastFeasibilitySearch(s.compiled().solution(), 5, 6, 1);
        search.assign(starts);
        return search;
    }

    @Test
    void threeLessonsSharingTwoRoomsAtOnceAreOneRoomViolation() {
        RoomRequirement twoRooms = RoomRequirement.anyOf(Set.of("R1", "R2"));
        Scenario s = new Scenario()
                .lesson(lesson("a", "T1", "G1", twoRooms))
                .lesson(lesson("b", "T2", "G2", twoRooms))
                .lesson(lesson("c", "", "", twoRooms));
        assertThat(searchWithAllAt(s, 0, 0, 0).roomViolations()).isEqualTo(1);
        assertThat(searchWithAllAt(s, 0, 0, 0).hardViolations()).isEqualTo(1);
        assertThat(searchWithAllAt(s, 0, 0, 1).roomViolations()).isZero();
    }

    @Test
    void aClosedRoomIsNoPlaceInItsPool() {
        // R3 is closed on Monday at the first period only: three lessons there for three rooms leave one without
        RoomRequirement threeRooms = RoomRequirement.anyOf(Set.of("R1", "R2", "R3"));
        Scenario s = new Scenario().room("R3")
                .lesson(lesson("a", "T1", "G1", threeRooms))
                .lesson(lesson("b", "T2", "G2", threeRooms))
                .lesson(lesson("c", "", "", threeRooms))
                .rule(new Unavailable(ResourceRef.room("R3"), Set.of(new Slot(0, 0)), Weight.HARD));
        assertThat(searchWithAllAt(s, 0, 0, 0).roomViolations()).isEqualTo(1);
        assertThat(searchWithAllAt(s, 0, 0, 0).hardViolations()).isEqualTo(1);
        assertThat(searchWithAllAt(s, 1, 1, 1).roomViolations()).isZero();
        assertThat(searchWithAllAt(s, 0, 0, 1).roomViolations()).isZero();
    }

    @Test
    void aLessonWithOneRoomTakesAPlaceInEveryPoolHoldingIt() {
        Scenario s = new Scenario()
                .lesson(lesson("a", "T1", "G1", RoomRequirement.anyOf(Set.of("R1", "R2"))))
                .lesson(lesson("b", "T2", "G2", RoomRequirement.anyOf(Set.of("R1", "R2"))))
                .lesson(lesson("c", "", "", RoomRequirement.fixed("R1")));
        assertThat(searchWithAllAt(s, 0, 0, 0).roomViolations()).isEqualTo(1);
        assertThat(searchWithAllAt(s, 0, 1, 0).roomViolations()).isZero();
    }

    @Test
    void overlappingRoomSetsAreCountedByTheRoomsTheyCoverTogether() {
        // {R1, R2} and {R2, R3} hold 3 rooms between them, not 4: four such lessons at once leave one without a room
        Scenario s = new Scenario().room("R3")
                .lesson(lesson("a", "T1", "G1", RoomRequirement.anyOf(Set.of("R1", "R2"))))
                .lesson(lesson("b", "T2", "G2", RoomRequirement.anyOf(Set.of("R1", "R2"))))
                .lesson(lesson("c", "", "", RoomRequirement.anyOf(Set.of("R2", "R3"))))
                .lesson(lesson("d", "", "", RoomRequirement.anyOf(Set.of("R2", "R3"))));
        assertThat(searchWithAllAt(s, 0, 0, 0, 0).roomViolations()).isEqualTo(1);
        assertThat(searchWithAllAt(s, 0, 0, 0, 1).roomViolations()).isZero();
    }

    @Test
    void aRoomIsFoundAtTheEndOfALongChainOfMoves() {
        // lesson i may use rooms Ri and Ri+1 and takes Ri first; the last one, on R1 or R2 only, needs each
        // of the others to move one room along: a path of as many steps as there are lessons
        int n = 8;
        Scenario s = new Scenario();
        for (int i = 3; i <= n + 1; i++) {
            s.room("R" + i);
        }
        for (int i = 1; i <= n; i++) {
            s.lesson(lesson("l" + i, "", "", RoomRequirement.anyOf(Set.of("R" + i, "R" + (i + 1)))));
        }
        s.lesson(lesson("last", "", "", RoomRequirement.anyOf(Set.of("R1", "R2"))));
        for (int i = 1; i <= n; i++) {
            s.at("l" + i, 0, 0);
        }
        s.at("last", 0, 0);
        RoomAssigner.assign(s.solution(), s.compiled().rooms(), 5, 6);
        assertThat(s.bookingOf("last").getRoom()).isNotNull();
        for (int i = 1; i <= n; i++) {
            assertThat(s.bookingOf("l" + i).getRoom().id()).isEqualTo("R" + (i + 1));
        }
    }

    @Test
    void roomsAreMovedAlongToMakeWayWhenNoneIsFree() {
        // a takes R1 first (its lowest room), b R2; c can only use R1 or R2: a must move to R2 and b to R3
        Scenario s = new Scenario().room("R3")
                .lesson(lesson("a", "T1", "G1", RoomRequirement.anyOf(Set.of("R1", "R2"))))
                .lesson(lesson("b", "T2", "G2", RoomRequirement.anyOf(Set.of("R2", "R3"))))
                .lesson(lesson("c", "", "", RoomRequirement.anyOf(Set.of("R1", "R2"))))
                .at("a", 0, 0).at("b", 0, 0).at("c", 0, 0);
        RoomAssigner.assign(s.solution(), s.compiled().rooms(), 5, 6);
        assertThat(roomsOf(s, "a", "b", "c")).containsExactly("R2", "R3", "R1");
    }

    /**
     * a and b, back to back on Monday (periods 0 and 1), may each use R1 or R2 and must share their room; c, with
     * R1 fixed, is taught at {@code cPeriod}. Rooms are given.
     */
    private static Scenario mustShareWithR1TakenAt(int cPeriod) {
        Scenario s = new Scenario()
                .lesson(lesson("a", "T1", "G1", RoomRequirement.anyOf(Set.of("R1", "R2"))))
                .lesson(lesson("b", "T1", "G1", RoomRequirement.anyOf(Set.of("R1", "R2"))))
                .lesson(lesson("c", "T2", "G2", RoomRequirement.fixed("R1")))
                .rule(new SameRoomIfConsecutive(List.of("a", "b"), Weight.HARD))
                .at("a", 0, 0).at("b", 0, 1).at("c", 0, cPeriod);
        RoomAssigner.assign(s.solution(), s.compiled().rooms(), 5, 6);
        return s;
    }

    @Test
    void aLessonBackToBackWithOneThatMustShareItsRoomTakesThatRoom() {
        // c holds R1 at a's period, so a gets R2; b, right after a, must then take R2 too, though R1 is free
        assertThat(roomsOf(mustShareWithR1TakenAt(0), "a", "b")).containsExactly("R2", "R2");
    }

    @Test
    void lessonsThatMustShareARoomAreGivenOneFreeForThemAll() {
        // c holds R1 at b's period; a, first of the two, would take R1 on its own and leave b none to share
        assertThat(roomsOf(mustShareWithR1TakenAt(1), "a", "b", "c")).containsExactly("R2", "R2", "R1");
    }

    @Test
    void lessonsAllowedOneRoomBetweenThemGetOneRoomMovingAnotherLessonOutOfTheWay() {
        // c and d come first and take R1 on Monday and R2 on Tuesday: no room is free at both of a's and b's
        // periods until c moves over to R2
        RoomRequirement r1r2 = RoomRequirement.anyOf(Set.of("R1", "R2"));
        Scenario s = new Scenario().room("R3")
                .lesson(lesson("c", "T2", "G2", r1r2))
                .lesson(lesson("d", "", "", RoomRequirement.anyOf(Set.of("R2", "R3"))))
                .lesson(lesson("a", "T1", "G1", r1r2))
                .lesson(lesson("b", "T1", "G1", r1r2))
                .rule(new MaxDifferentRooms(List.of("a", "b"), 1, Weight.HARD))
                .at("c", 0, 0).at("d", 1, 0).at("a", 0, 0).at("b", 1, 0);
        RoomAssigner.assign(s.solution(), s.compiled().rooms(), 5, 6);
        assertThat(roomsOf(s, "a", "b", "c", "d")).containsExactly("R1", "R1", "R2", "R2");
    }

    @Test
    void lessonsAllowedOneRoomButTaughtAtOnceStillGetARoomEach() {
        // the rule cannot hold at these times: each lesson still gets a room of its own, none twice booked
        RoomRequirement r1r2 = RoomRequirement.anyOf(Set.of("R1", "R2"));
        Scenario s = new Scenario()
                .lesson(lesson("a", "T1", "G1", r1r2))
                .lesson(lesson("b", "T2", "G2", r1r2))
                .rule(new MaxDifferentRooms(List.of("a", "b"), 1, Weight.HARD))
                .at("a", 0, 0).at("b", 0, 0);
        RoomAssigner.assign(s.solution(), s.compiled().rooms(), 5, 6);
        assertThat(roomsOf(s, "a", "b")).containsExactlyInAnyOrder("R1", "R2");
    }

    @Test
    void aHomeRoomRuleLetsTheLessonUseEveryRoomItsPreferredRoomsName() {
        // two groups sit one exam at once: their home rooms and the subject's rooms meet in R1 alone, yet, as in
        // FET, the home room rule holds in R3 too, so both get a room
        Scenario s = new Scenario().room("R3")
                .lesson(lesson("a", "T1", "G1", RoomRequirement.NONE))
                .lesson(lesson("b", "T2", "G2", RoomRequirement.NONE))
                .rule(new HomeRoom(ResourceRef.students("G1"), Set.of("R1", "R2"), Weight.HARD))
                .rule(new HomeRoom(ResourceRef.students("G2"), Set.of("R1", "R2"), Weight.HARD))
                .rule(new PreferredRooms(List.of("a", "b"), Set.of("R1", "R3"), Weight.HARD))
                .at("a", 0, 0).at("b", 0, 0);
        assertThat(s.bookingOf("a").getCandidates()).extracting(RoomValue::id).containsExactlyInAnyOrder("R1", "R3");
        RoomAssigner.assign(s.solution(), s.compiled().rooms(), 5, 6);
        assertThat(roomsOf(s, "a", "b")).containsExactlyInAnyOrder("R1", "R3");
    }

    @Test
    void aLessonUnderABuildingRuleTakesARoomWhereItsTeacherAlreadyIsThatDay() {
        // a is in North; b, next, may use S1 (listed first) or N2: T1 may not change buildings
        Scenario s = new Scenario().room("N1", "North").room("S1", "South").room("N2", "North")
                .lesson(lesson("a", "T1", "G1", RoomRequirement.fixed("N1")))
                .lesson(lesson("b", "T1", "G1", RoomRequirement.anyOf(Set.of("S1", "N2"))))
                .rule(new MaxBuildingChangesPerDay(ResourceRef.teacher("T1"), 0, Weight.HARD))
                .at("a", 0, 0).at("b", 0, 1);
        RoomAssigner.assign(s.solution(), s.compiled().rooms(), 5, 6);
        assertThat(s.bookingOf("b").getRoom().id()).isEqualTo("N2");
    }

    /**
     * "a" is a double lesson that may use R1 or R2, with a soft wish for Monday's first two periods, where R1 is
     * taken at the first and R2 at the second: each period alone has a room for it, the two together none.
     */
    private static Scenario doubleLessonTrap() {
        Lesson a = new Lesson("a", "Maths", List.of(), List.of("T1"), List.of("G1"), 2,
                RoomRequirement.anyOf(Set.of("R1", "R2")), WeekPattern.EVERY_WEEK, "", 0);
        return new Scenario()
                .lesson(a)
                .lesson(lesson("b", "T2", "G2", RoomRequirement.fixed("R1")))
                .lesson(lesson("c", "", "", RoomRequirement.fixed("R2")))
                .rule(new PreferredStarts(List.of("a"), Set.of(new Slot(0, 0), new Slot(0, 2)), Weight.HARD))
                .rule(new PreferredStarts(List.of("a"), Set.of(new Slot(0, 0)), Weight.soft(80)))
                .rule(new PreferredStarts(List.of("b"), Set.of(new Slot(0, 0)), Weight.HARD))
                .rule(new PreferredStarts(List.of("c"), Set.of(new Slot(0, 1)), Weight.HARD));
    }

    private static int[] solveFast(Scenario s, boolean checkRooms) {
        CompiledProblem compiled = s.compiled();
        FastFeasibilitySearch search = new FastFeasibilitySearch(compiled.solution(), 5, 6, 1);
        if (checkRooms) {
            search.checkAtZero(starts -> RoomAssigner.blocksWithoutRoom(compiled.solution(), compiled.rooms().size(),
                    5, 6, compiled.slots(), starts));
        }
        assertThat(search.solve(System.nanoTime() + 10_000_000_000L, 10_000)).isZero();
        return search.starts();
    }

    @Test
    void aDoubleLessonNeedsOneRoomFreeForBothPeriods() {
        Scenario s = doubleLessonTrap();
        int a = s.blockOf("a").index();
        int[] trapped = solveFast(s, false);
        assertThat(trapped[a]).as("the pools alone see no violation at the wished start").isZero();
        assertThat(RoomAssigner.blocksWithoutRoom(s.solution(), s.compiled().rooms().size(), 5, 6, s.compiled().slots(),
                trapped)).containsExactly(a);

        int[] checked = solveFast(s, true);

        assertThat(checked[a]).isEqualTo(2);
        assertThat(RoomAssigner.blocksWithoutRoom(s.solution(), s.compiled().rooms().size(), 5, 6, s.compiled().slots(),
                checked)).isEmpty();
    }
}

package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.WeekPattern;

/** Rooms in the fast phase (pools of rooms with as many places as rooms) and the room assignment at handover. */
class RoomPoolsTest {

    private static Lesson lesson(String id, String teacher, String students, RoomRequirement room) {
        return new Lesson(id, "Maths", List.of(), teacher.isEmpty() ? List.of() : List.of(teacher),
                students.isEmpty() ? List.of() : List.of(students), 1, room, WeekPattern.EVERY_WEEK, "", 0);
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
    void aLessonWithOneRoomTakesAPlaceInEveryPoolHoldingIt() {
        Scenario s = new Scenario()
                .lesson(lesson("a", "T1", "G1", RoomRequirement.anyOf(Set.of("R1", "R2"))))
                .lesson(lesson("b", "T2", "G2", RoomRequirement.anyOf(Set.of("R1", "R2"))))
                .lesson(lesson("c", "", "", RoomRequirement.fixed("R1")));
        assertThat(searchWithAllAt(s, 0, 0, 0).roomViolations()).isEqualTo(1);
        assertThat(searchWithAllAt(s, 0, 1, 0).roomViolations()).isZero();
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
        List<String> rooms = List.of("a", "b", "c").stream()
                .map(id -> s.bookingOf(id).getRoom() == null ? "none" : s.bookingOf(id).getRoom().id()).toList();
        assertThat(rooms).containsExactly("R2", "R3", "R1");
    }
}

package org.preau.timetable.internal;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a school's base timetable is built from, read from the school structure and this module's tables:
 * plain data so that the problem building can be tested without a database.
 */
public record SchoolInput(DayStructure structure, List<TeacherIn> teachers, List<RoomIn> rooms,
                   List<DivisionIn> divisions, List<GroupIn> groups, List<AssignmentIn> assignments,
                   List<WishIn> wishes, List<PinIn> pins) {

    public SchoolInput {
        teachers = List.copyOf(teachers);
        rooms = List.copyOf(rooms);
        divisions = List.copyOf(divisions);
        groups = List.copyOf(groups);
        assignments = List.copyOf(assignments);
        wishes = List.copyOf(wishes);
        pins = List.copyOf(pins);
    }

    public record TeacherIn(UUID id, String name) {
    }

    /** {@code kind}: the school's room kind (CLASSROOM, LAB, GYM, TECHNOLOGY, …). */
    public record RoomIn(UUID id, String name, String kind, int capacity) {
    }

    public record DivisionIn(UUID id, String name, UUID levelId, Set<UUID> pupils) {
        public DivisionIn {
            pupils = Set.copyOf(pupils);
        }
    }

    /** {@code kind}: LV2, OPTION, SPECIALITE, DEMI_GROUPE or OTHER. */
    public record GroupIn(UUID id, String name, String kind, @Nullable UUID levelId, @Nullable UUID divisionId,
                   Set<UUID> pupils) {
        public GroupIn {
            pupils = Set.copyOf(pupils);
        }
    }

    /** Who teaches what to whom; {@code halfHours} per week (4.5 h → 9). */
    public record AssignmentIn(UUID id, UUID teacherId, UUID subjectId, String subjectCode, @Nullable UUID divisionId,
                        @Nullable UUID groupId, int halfHours) {
    }

    /** A teacher's slot: {@code hard} for an unavailability, soft for a wish. */
    public record WishIn(UUID teacherId, DayOfWeek day, int position, boolean hard) {
    }

    public record PinIn(String lessonKey, DayOfWeek day, int position, @Nullable UUID roomId) {
    }
}

package org.preau.engine.check;

import java.util.List;
import java.util.Set;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.HomeRoom;
import org.preau.engine.model.Constraint.PreferredRooms;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.ResourceRef;

/** Where lessons should be: preferred rooms of lessons, home rooms of teachers and classes. No room at all misses them too. */
final class RoomRules {

    private final Schedule s;
    private final Wording w;

    RoomRules(Schedule s) {
        this.s = s;
        this.w = s.words;
    }

    void check(Constraint c, List<Violation> out) {
        switch (c) {
            case PreferredRooms r -> {
                for (int l : LessonRefs.placed(s, r.lessonIds())) {
                    outside(c, l, r.roomIds(), "ses salles prévues", "its preferred rooms", out);
                }
            }
            case HomeRoom r -> {
                for (int l = 0; l < s.lessonCount(); l++) {
                    if (s.placed(l) && belongsTo(s.lesson(l), r.owner())) {
                        outside(c, l, r.roomIds(), "la salle attitrée de " + r.owner().id().trim(),
                                "the home room(s) of " + r.owner().id().trim(), out);
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a room rule: " + c);
        }
    }

    /** FET's home rooms: a teacher's lessons taught alone, a student set's lessons it attends alone. */
    static boolean belongsTo(Lesson lesson, ResourceRef owner) {
        return switch (owner.kind()) {
            case TEACHER -> lesson.teacherIds().equals(List.of(owner.id()));
            case STUDENTS -> lesson.studentSetIds().equals(List.of(owner.id()));
            case ROOM -> false;
        };
    }

    private void outside(Constraint c, int l, Set<String> rooms, String fr, String en, List<Violation> out) {
        String room = s.room(l);
        if (!rooms.contains(room)) {
            String where = room.isEmpty() ? "sans salle" : "en " + s.rooms.get(room).name().trim();
            String whereEn = room.isEmpty() ? "without a room" : "in " + s.rooms.get(room).name().trim();
            out.add(Explained.of(c, 1, room.isEmpty() ? List.of(w.lessonRef(l)) : List.of(w.lessonRef(l), "room:" + room),
                    "Le cours " + w.lesson(l) + " a lieu " + where + ", hors de " + fr,
                    "Lesson " + w.lesson(l) + " is " + whereEn + ", not in " + en));
        }
    }
}

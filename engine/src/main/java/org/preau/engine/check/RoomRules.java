package org.preau.engine.check;

import java.util.List;
import java.util.Set;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.HomeRoom;
import org.preau.engine.model.Constraint.MaxDifferentRooms;
import org.preau.engine.model.Constraint.SameRoomIfConsecutive;
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
                    if (s.room(l).isEmpty() && c.weight().isHard()) {
                        continue; // reported once as "room requirement not met"
                    }
                    outside(c, l, r.roomIds(), "ses salles prévues", "its preferred rooms", out);
                }
            }
            case HomeRoom r -> {
                for (int l = 0; l < s.lessonCount(); l++) {
                    if (s.placed(l) && belongsTo(s.lesson(l), r.owner()) && !(s.room(l).isEmpty() && c.weight().isHard())
                            && !(r.weight().isHard() && homeRoomGivesWay(l))) {
                        outside(c, l, homeOrPreferred(l, r), "la salle attitrée de " + r.owner().id().trim(),
                                "the home room(s) of " + r.owner().id().trim(), out);
                    }
                }
            }
            case MaxDifferentRooms r -> maxDifferentRooms(r, out);
            case SameRoomIfConsecutive r -> sameRoomIfConsecutive(r, out);
            default -> throw new IllegalArgumentException("not a room rule: " + c);
        }
    }

    /** One violation when the placed lessons use more rooms than allowed, as FET counts it. */
    private void maxDifferentRooms(MaxDifferentRooms r, List<Violation> out) {
        List<Integer> placed = LessonRefs.placed(s, r.lessonIds());
        Set<String> rooms = new java.util.TreeSet<>();
        placed.stream().map(s::room).filter(room -> !room.isEmpty()).forEach(rooms::add);
        if (rooms.size() > r.max()) {
            out.add(Explained.of(r, 1, placed.stream().map(w::lessonRef).toList(),
                    w.lessons(placed, "et") + " occupent " + rooms.size() + " salles différentes (" + String.join(", ", rooms)
                            + ", maximum " + r.max() + ")",
                    w.lessons(placed, "and") + " occupy " + rooms.size() + " different rooms (" + String.join(", ", rooms)
                            + ", max " + r.max() + ")"));
        }
    }

    /** Each pair of placed lessons back to back on one day, both with a room, in two different rooms. */
    private void sameRoomIfConsecutive(SameRoomIfConsecutive r, List<Violation> out) {
        List<Integer> placed = LessonRefs.placed(s, r.lessonIds());
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                int a = placed.get(i);
                int b = placed.get(j);
                boolean backToBack = s.day(a) == s.day(b) && (s.end(a) == s.start(b) || s.end(b) == s.start(a));
                if (backToBack && !s.room(a).isEmpty() && !s.room(b).isEmpty() && !s.room(a).equals(s.room(b))) {
                    out.add(Explained.of(r, 1, List.of(w.lessonRef(a), w.lessonRef(b)),
                            w.lesson(a) + " (" + s.room(a).trim() + ") et " + w.lesson(b) + " (" + s.room(b).trim()
                                    + ") se suivent dans deux salles différentes",
                            w.lesson(a) + " (" + s.room(a).trim() + ") and " + w.lesson(b) + " (" + s.room(b).trim()
                                    + ") follow each other in two different rooms"));
                }
            }
        }
    }

    /**
     * The rooms where lesson l keeps home room rule r: its home rooms and, as in FET, the rooms of any preferred-room
     * rule (of any weight) or pinned room of the lesson.
     */
    private Set<String> homeOrPreferred(int l, HomeRoom r) {
        String id = s.lesson(l).id();
        Set<String> rooms = new java.util.HashSet<>(r.roomIds());
        for (Constraint c : s.problem.constraints()) {
            switch (c) {
                case PreferredRooms p when p.lessonIds().contains(id) -> rooms.addAll(p.roomIds());
                case Constraint.Pinned p when !p.roomId().isEmpty() && p.lessonId().equals(id) -> rooms.add(p.roomId());
                default -> {
                }
            }
        }
        return rooms;
    }

    /**
     * Hard home rooms give way when no room satisfies everything the lesson asks for at once: its own requirement
     * (rooms big enough for its pupils when there are some), its hard preferred or pinned rooms and its home rooms
     * (as in FET, a lab asked for by the subject beats the class's own room).
     */
    private boolean homeRoomGivesWay(int l) {
        Lesson lesson = s.lesson(l);
        Set<String> possible = new java.util.HashSet<>(suitableRooms(lesson));
        for (Constraint c : s.problem.constraints()) {
            switch (c) {
                case PreferredRooms p when p.weight().isHard() && p.lessonIds().contains(lesson.id()) -> possible.retainAll(p.roomIds());
                case HomeRoom h when h.weight().isHard() && belongsTo(lesson, h.owner()) -> possible.retainAll(homeOrPreferred(l, h));
                case Constraint.Pinned p when !p.roomId().isEmpty() && p.lessonId().equals(lesson.id()) -> possible.retainAll(Set.of(p.roomId()));
                default -> {
                }
            }
        }
        return possible.isEmpty();
    }

    /** Rooms of the required kind, and among them those big enough for the pupils when there are some. */
    private Set<String> suitableRooms(Lesson lesson) {
        int pupils = lesson.studentSetIds().stream().mapToInt(id -> s.studentSet(id).size()).sum();
        int needed = Math.max(pupils, lesson.room().minCapacity());
        Set<String> matching = new java.util.HashSet<>();
        Set<String> bigEnough = new java.util.HashSet<>();
        for (var room : s.rooms.values()) {
            if ((lesson.room().allowedRoomIds().isEmpty() || lesson.room().allowedRoomIds().contains(room.id()))
                    && (lesson.room().roomType().isEmpty() || lesson.room().roomType().equals(room.type()))) {
                matching.add(room.id());
                if (room.capacity() == 0 || room.capacity() >= needed) {
                    bigEnough.add(room.id());
                }
            }
        }
        return bigEnough.isEmpty() ? matching : bigEnough;
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

package org.preau.engine.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.Pinned;
import org.preau.engine.model.Constraint.PreferredSlots;
import org.preau.engine.model.Constraint.PreferredStarts;
import org.preau.engine.model.Constraint.Unavailable;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Slot;

/**
 * When lessons may happen: unavailability of teachers, pupils and rooms, preferred start times and slots, pinned
 * lessons. A lesson touching an unavailable time counts once (a room: once per period used while closed).
 */
final class TimeRules {

    private final Schedule s;
    private final Wording w;

    TimeRules(Schedule s) {
        this.s = s;
        this.w = s.words;
    }

    void check(Constraint c, List<Violation> out) {
        switch (c) {
            case Unavailable u -> unavailable(u, out);
            case PreferredStarts p -> {
                for (int l : LessonRefs.placed(s, p.lessonIds())) {
                    if (!p.starts().contains(new Slot(s.day(l), s.start(l)))) {
                        out.add(Explained.of(c, 1, List.of(w.lessonRef(l)),
                                "Le cours " + w.lesson(l) + " commence " + w.placedAt(l) + ", hors de ses horaires de début permis",
                                "Lesson " + w.lesson(l) + " starts " + w.placedAt(l) + ", not one of its allowed start times"));
                    }
                }
            }
            case PreferredSlots p -> {
                for (int l : LessonRefs.placed(s, p.lessonIds())) {
                    int outside = periodsOutside(p.slots(), l);
                    if (outside > 0) {
                        out.add(Explained.of(c, outside, List.of(w.lessonRef(l)),
                                "Le cours " + w.lesson(l) + " (" + w.placedAt(l) + ") déborde de ses créneaux permis sur "
                                        + outside + " heure(s)",
                                "Lesson " + w.lesson(l) + " (" + w.placedAt(l) + ") is outside its allowed slots for "
                                        + outside + " period(s)"));
                    }
                }
            }
            case Pinned p -> pinned(p, out);
            default -> throw new IllegalArgumentException("not a time rule: " + c);
        }
    }

    private void pinned(Pinned p, List<Violation> out) {
        for (int l : LessonRefs.placed(s, List.of(p.lessonId()))) {
            if (!p.start().equals(new Slot(s.day(l), s.start(l)))) {
                String want = w.time(p.start().day(), p.start().period());
                out.add(Explained.of(p, 1, List.of(w.lessonRef(l)),
                        "Le cours " + w.lesson(l) + " est fixé " + want + " mais placé " + w.placedAt(l),
                        "Lesson " + w.lesson(l) + " is pinned to " + want + " but placed " + w.placedAt(l)));
            }
            if (!p.roomId().isEmpty() && !s.room(l).isEmpty() && !p.roomId().equals(s.room(l))) {
                out.add(Explained.of(p, 1, List.of(w.lessonRef(l), "room:" + p.roomId()),
                        "Le cours " + w.lesson(l) + " est fixé en salle " + p.roomId().trim() + " mais placé en '" + s.room(l).trim() + "'",
                        "Lesson " + w.lesson(l) + " is pinned to room " + p.roomId().trim() + " but placed in '" + s.room(l).trim() + "'"));
            }
        }
    }

    private void unavailable(Unavailable u, List<Violation> out) {
        ResourceRef r = u.resource();
        String ref = r.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + r.id();
        if (r.kind() == ResourceRef.Kind.ROOM) {
            String room = s.rooms.containsKey(r.id()) ? s.rooms.get(r.id()).name().trim() : r.id();
            for (int l = 0; l < s.lessonCount(); l++) {
                if (s.placed(l) && r.id().equals(s.room(l))) {
                    int closed = closedPeriods(u.slots(), l);
                    if (closed > 0) {
                        out.add(Explained.of(u, closed, List.of(ref, w.lessonRef(l)),
                                "La salle " + room + " est fermée " + w.placedAt(l) + " mais accueille " + w.lesson(l),
                                "Room " + room + " is closed " + w.placedAt(l) + " but hosts " + w.lesson(l)));
                    }
                }
            }
            return;
        }
        String who = r.kind() == ResourceRef.Kind.TEACHER ? w.teacher(r.id()) : r.id().trim();
        for (int l : concerned(r)) {
            if (s.placed(l) && closedPeriods(u.slots(), l) > 0) {
                out.add(Explained.of(u, 1, List.of(ref, w.lessonRef(l)),
                        who + " n'est pas disponible " + w.placedAt(l) + " mais a cours : " + w.lesson(l),
                        who + " is unavailable " + w.placedAt(l) + " but has lesson " + w.lesson(l)));
            }
        }
    }

    private List<Integer> concerned(ResourceRef r) {
        if (r.kind() == ResourceRef.Kind.TEACHER) {
            return s.lessonsOfTeacher(r.id());
        }
        Set<String> atoms = s.studentSet(r.id()).subgroupIds();
        List<Integer> result = new ArrayList<>();
        for (int l = 0; l < s.lessonCount(); l++) {
            for (String set : s.lesson(l).studentSetIds()) {
                if (s.studentSet(set).subgroupIds().stream().anyMatch(atoms::contains)) {
                    result.add(l);
                    break;
                }
            }
        }
        return result;
    }

    private int closedPeriods(Set<Slot> closed, int l) {
        int n = 0;
        for (int p = s.start(l); p < Math.min(s.end(l), s.week.periodsPerDay()); p++) {
            if (closed.contains(new Slot(s.day(l), p))) {
                n++;
            }
        }
        return n;
    }

    /** FET counts a broken preferred-time-slots rule once per period of the lesson outside the slots. */
    private int periodsOutside(Set<Slot> slots, int l) {
        int outside = 0;
        for (int p = s.start(l); p < s.end(l); p++) {
            if (p >= s.week.periodsPerDay() || !slots.contains(new Slot(s.day(l), p))) {
                outside++;
            }
        }
        return outside;
    }
}

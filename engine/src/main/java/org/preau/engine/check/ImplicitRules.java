package org.preau.engine.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.Room;
import org.preau.engine.model.RoomRequirement;

/** The rules every timetable follows without being told: everything placed, no double booking, no lesson in a break. */
final class ImplicitRules {

    static final String UNPLACED = "lesson not placed";
    static final String IN_BREAK = "lesson in a break";
    static final String TEACHER_CLASH = "teacher double-booked";
    static final String PUPILS_CLASH = "pupils double-booked";
    static final String ROOM_CLASH = "room double-booked";
    static final String ROOM_REQUIREMENT = "room requirement not met";

    private final Schedule s;
    private final Attendees attendees;
    private final Wording w;

    ImplicitRules(Schedule s, Attendees attendees) {
        this.s = s;
        this.attendees = attendees;
        this.w = s.words;
    }

    void check(List<Violation> out) {
        for (int l = 0; l < s.lessonCount(); l++) {
            if (!s.placed(l)) {
                out.add(hard(UNPLACED, 1, List.of(w.lessonRef(l)),
                        "Le cours " + w.lesson(l) + " n'est pas placé",
                        "Lesson " + w.lesson(l) + " is not placed"));
                continue;
            }
            breaksAndDayEnd(l, out);
            roomRequirement(l, out);
        }
        for (Attendee a : attendees.all()) {
            for (Overlaps.Overlap o : Overlaps.among(s, a.lessons())) {
                String at = w.time(o.day(), o.firstPeriod());
                String fr = a.teacher() ? " a plusieurs cours en même temps : " : " ont plusieurs cours en même temps : ";
                String en = a.teacher() ? " teaches " : " attend ";
                out.add(hard(a.teacher() ? TEACHER_CLASH : PUPILS_CLASH, o.count(), refs(a.ref(), o.lessons()),
                        w.group(a) + fr + w.lessons(o.lessons(), "et") + ", " + at,
                        w.group(a) + en + w.lessons(o.lessons(), "and") + " at the same time, " + at));
            }
        }
        Map<String, List<Integer>> byRoom = new LinkedHashMap<>();
        for (int l = 0; l < s.lessonCount(); l++) {
            if (s.placed(l) && !s.room(l).isEmpty()) {
                byRoom.computeIfAbsent(s.room(l), k -> new ArrayList<>()).add(l);
            }
        }
        byRoom.forEach((room, lessons) -> {
            for (Overlaps.Overlap o : Overlaps.among(s, lessons)) {
                String at = w.time(o.day(), o.firstPeriod());
                String name = s.rooms.get(room).name().trim();
                out.add(hard(ROOM_CLASH, o.count(), refs("room:" + room, o.lessons()),
                        "La salle " + name + " accueille " + w.lessons(o.lessons(), "et") + " en même temps, " + at,
                        "Room " + name + " hosts " + w.lessons(o.lessons(), "and") + " at the same time, " + at));
            }
        });
    }

    private void breaksAndDayEnd(int l, List<Violation> out) {
        if (s.end(l) > s.week.periodsPerDay()) {
            out.add(hard(IN_BREAK, 1, List.of(w.lessonRef(l)),
                    "Le cours " + w.lesson(l) + " (" + w.placedAt(l) + ") dépasse la fin de la journée",
                    "Lesson " + w.lesson(l) + " (" + w.placedAt(l) + ") runs past the end of the day"));
            return;
        }
        for (int p = s.start(l); p < s.end(l); p++) {
            if (s.week.isBreak(new org.preau.engine.model.Slot(s.day(l), p))) {
                out.add(hard(IN_BREAK, 1, List.of(w.lessonRef(l)),
                        "Le cours " + w.lesson(l) + " tombe sur une pause, " + w.time(s.day(l), p),
                        "Lesson " + w.lesson(l) + " falls in a break, " + w.time(s.day(l), p)));
                return;
            }
        }
    }

    private void roomRequirement(int l, List<Violation> out) {
        Lesson lesson = s.lesson(l);
        RoomRequirement need = lesson.room();
        String roomId = s.room(l);
        String why = null;
        String whyEn = null;
        if (roomId.isEmpty()) {
            if (need.needsRoom() || hardRoomRule(l)) {
                why = "n'a pas de salle";
                whyEn = "has no room";
            }
        } else {
            Room room = s.rooms.get(roomId);
            if (need.needsRoom() && !need.allowedRoomIds().isEmpty() && !need.allowedRoomIds().contains(roomId)) {
                why = "a lieu en " + room.name().trim() + ", salle non prévue pour ce cours";
                whyEn = "is in room " + room.name().trim() + ", not one of its allowed rooms";
            } else if (need.needsRoom() && !need.roomType().isEmpty() && !need.roomType().equals(room.type())) {
                why = "a lieu en " + room.name().trim() + " qui n'est pas de type " + need.roomType();
                whyEn = "is in room " + room.name().trim() + " which is not of type " + need.roomType();
            } else if (room.capacity() > 0 && room.capacity() < need.minCapacity()) {
                // a lesson given a room by a room rule only is held to its size too (FET's own number of pupils)
                why = "a lieu en " + room.name().trim() + " (" + room.capacity() + " places, il en faut " + need.minCapacity() + ")";
                whyEn = "is in room " + room.name().trim() + " (" + room.capacity() + " seats, needs " + need.minCapacity() + ")";
            }
        }
        if (why != null) {
            List<String> refs = new ArrayList<>(List.of(w.lessonRef(l)));
            if (!roomId.isEmpty()) {
                refs.add("room:" + roomId);
            }
            out.add(hard(ROOM_REQUIREMENT, 1, refs, "Le cours " + w.lesson(l) + " " + why,
                    "Lesson " + w.lesson(l) + " " + whyEn));
        }
    }

    /** Hard preferred rooms, home rooms and pinned rooms ask for a room even when the lesson itself does not. */
    private boolean hardRoomRule(int l) {
        Lesson lesson = s.lesson(l);
        for (var c : s.problem.constraints()) {
            boolean asks = switch (c) {
                case org.preau.engine.model.Constraint.PreferredRooms p -> p.weight().isHard() && p.lessonIds().contains(lesson.id());
                case org.preau.engine.model.Constraint.HomeRoom h -> h.weight().isHard() && RoomRules.belongsTo(lesson, h.owner());
                case org.preau.engine.model.Constraint.Pinned p -> !p.roomId().isEmpty() && p.lessonId().equals(lesson.id());
                default -> false;
            };
            if (asks) {
                return true;
            }
        }
        return false;
    }

    private List<String> refs(String first, List<Integer> lessons) {
        List<String> refs = new ArrayList<>(List.of(first));
        lessons.forEach(l -> refs.add(w.lessonRef(l)));
        return refs;
    }

    static Violation hard(String kind, int count, List<String> resources, String french, String english) {
        return new Violation(kind, true, 100, count, resources, french, english);
    }
}

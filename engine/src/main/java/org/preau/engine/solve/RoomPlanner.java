package org.preau.engine.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.HomeRoom;
import org.preau.engine.model.Constraint.Pinned;
import org.preau.engine.model.Constraint.PreferredRooms;
import org.preau.engine.model.Constraint.Unavailable;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Room;
import org.preau.engine.model.Slot;

/**
 * Decides which lessons get a {@link RoomBooking} and which rooms each may use. Hard room rules intersect; a home
 * room rule accepts the rooms of the lesson's preferred-room rules too, and gives way when it still contradicts them
 * (a lab beats the class's own room).
 * Rooms too small for the lesson's pupils are left out when another room fits.
 */
final class RoomPlanner {

    private record RoomSet(Set<Integer> rooms, boolean home, long softWeight, boolean hard) {
    }

    private final ProblemCompiler c;
    private final List<RoomValue> roomValues = new ArrayList<>();
    private final Map<String, Integer> roomIndex = new HashMap<>();
    private final List<RoomBooking> bookings = new ArrayList<>();
    private final RoomBooking[] bookingOfLesson;

    RoomPlanner(ProblemCompiler c, BlockBuilder blocks) {
        this.c = c;
        List<Room> rooms = c.problem.rooms();
        for (int r = 0; r < rooms.size(); r++) {
            roomValues.add(new RoomValue(r, rooms.get(r).id()));
            roomIndex.put(rooms.get(r).id(), r);
        }
        List<List<RoomSet>> setsOfLesson = new ArrayList<>();
        for (int l = 0; l < c.lessons.size(); l++) {
            setsOfLesson.add(new ArrayList<>());
        }
        RoomCalendar calendar = new RoomCalendar(c.periods, new int[rooms.size()][c.slotCount], new long[rooms.size()][c.slotCount]);
        for (Constraint constraint : c.constraints()) {
            switch (constraint) {
                case PreferredRooms p -> {
                    RoomSet set = new RoomSet(indexes(p.roomIds()), false, ProblemCompiler.softWeight(p.weight()), p.weight().isHard());
                    p.lessonIds().forEach(id -> setsOfLesson.get(c.lesson(id)).add(set));
                }
                case HomeRoom h -> {
                    RoomSet set = new RoomSet(indexes(h.roomIds()), true, ProblemCompiler.softWeight(h.weight()), h.weight().isHard());
                    for (int l = 0; l < c.lessons.size(); l++) {
                        if (belongsTo(c.lessons.get(l), h.owner())) {
                            setsOfLesson.get(l).add(set);
                        }
                    }
                }
                case Pinned p when !p.roomId().isEmpty() -> setsOfLesson.get(c.lesson(p.lessonId()))
                        .add(new RoomSet(indexes(Set.of(p.roomId())), false, 0, true));
                case Unavailable u when u.resource().kind() == ResourceRef.Kind.ROOM -> {
                    int room = ProblemCompiler.require(roomIndex, u.resource().id(), "room");
                    for (Slot slot : u.slots()) {
                        if (u.weight().isHard()) {
                            calendar.hardClosed()[room][c.slot(slot)]++;
                        } else {
                            calendar.softClosed()[room][c.slot(slot)] += ProblemCompiler.softWeight(u.weight());
                        }
                    }
                }
                default -> {
                }
            }
        }
        bookingOfLesson = new RoomBooking[c.lessons.size()];
        for (int l = 0; l < c.lessons.size(); l++) {
            Lesson lesson = c.lessons.get(l);
            List<RoomSet> sets = setsOfLesson.get(l);
            if (!lesson.room().needsRoom() && sets.isEmpty()) {
                continue;
            }
            bookingOfLesson[l] = booking(l, lesson, sets, blocks.blockOf(l), calendar);
            bookings.add(bookingOfLesson[l]);
        }
    }

    private RoomBooking booking(int l, Lesson lesson, List<RoomSet> given, LessonBlock block, RoomCalendar calendar) {
        List<RoomSet> sets = homesWidened(given);
        Set<Integer> base = baseRooms(lesson);
        List<RoomSet> hard = sets.stream().filter(RoomSet::hard).toList();
        List<RoomSet> counted = hard;
        Set<Integer> candidates = intersect(base, hard);
        if (candidates.isEmpty()) {
            counted = hard.stream().filter(s -> !s.home()).toList();
            candidates = intersect(base, counted);
        }
        boolean required = lesson.room().needsRoom() || !hard.isEmpty();
        if (candidates.isEmpty() || !required) {
            candidates = new LinkedHashSet<>();
            for (RoomSet set : sets) {
                candidates.addAll(set.rooms());
            }
            if (candidates.isEmpty()) {
                candidates.addAll(base);
            }
        }
        int rooms = roomValues.size();
        int[] hardPenalty = new int[rooms + 1];
        long[] softPenalty = new long[rooms + 1];
        hardPenalty[rooms] = required ? 1 : 0;
        for (int r = 0; r < rooms; r++) {
            for (RoomSet set : counted) {
                if (!set.rooms().contains(r)) {
                    hardPenalty[r]++;
                }
            }
            int capacity = c.problem.rooms().get(r).capacity();
            if (capacity > 0 && capacity < lesson.room().minCapacity()) {
                hardPenalty[r]++; // too small, as the checker counts it (a candidate only when no room is big enough)
            }
        }
        for (RoomSet set : sets) {
            if (!set.hard()) {
                softPenalty[rooms] += set.softWeight();
                for (int r = 0; r < rooms; r++) {
                    if (!set.rooms().contains(r)) {
                        softPenalty[r] += set.softWeight();
                    }
                }
            }
        }
        List<RoomValue> values = candidates.stream().sorted().map(roomValues::get).toList();
        return new RoomBooking(l, block, ProblemCompiler.periodMask(lesson.duration()), c.lessonWeeks[l], values,
                softPenalty, hardPenalty, calendar);
    }

    /**
     * The lesson's room sets with each home set widened to the rooms of its preferred (or pinned) sets, of any
     * weight: as in FET, a home room rule holds for a lesson in one of the rooms its own preferred-room rules name
     * (fet-data's THE-2008-2009-exams-sep, Greece: two groups sit one exam at once, and their home rooms meet the
     * subject's two rooms in one room only).
     */
    private static List<RoomSet> homesWidened(List<RoomSet> sets) {
        Set<Integer> preferred = new LinkedHashSet<>();
        sets.stream().filter(set -> !set.home()).forEach(set -> preferred.addAll(set.rooms()));
        if (preferred.isEmpty()) {
            return sets;
        }
        return sets.stream().map(set -> {
            if (!set.home()) {
                return set;
            }
            Set<Integer> rooms = new LinkedHashSet<>(set.rooms());
            rooms.addAll(preferred);
            return new RoomSet(rooms, true, set.softWeight(), set.hard());
        }).toList();
    }

    /** Rooms matching the lesson's own requirement and big enough for its pupils (if any room is). */
    private Set<Integer> baseRooms(Lesson lesson) {
        int pupils = 0;
        for (String set : lesson.studentSetIds()) {
            pupils += c.set(set).size();
        }
        int needed = Math.max(pupils, lesson.room().minCapacity());
        Set<Integer> matching = new LinkedHashSet<>();
        Set<Integer> bigEnough = new LinkedHashSet<>();
        for (RoomValue value : roomValues) {
            Room room = c.problem.rooms().get(value.index());
            boolean allowed = lesson.room().allowedRoomIds().isEmpty() || lesson.room().allowedRoomIds().contains(room.id());
            boolean typed = lesson.room().roomType().isEmpty() || lesson.room().roomType().equals(room.type());
            if (allowed && typed) {
                matching.add(value.index());
                if (room.capacity() == 0 || room.capacity() >= needed) {
                    bigEnough.add(value.index());
                }
            }
        }
        return bigEnough.isEmpty() ? matching : bigEnough;
    }

    private static Set<Integer> intersect(Set<Integer> base, List<RoomSet> sets) {
        Set<Integer> result = new LinkedHashSet<>(base);
        for (RoomSet set : sets) {
            result.retainAll(set.rooms());
        }
        return result;
    }

    /** FET's home rooms: a teacher's lessons taught alone, a student set's lessons with no other set. */
    private static boolean belongsTo(Lesson lesson, ResourceRef owner) {
        return switch (owner.kind()) {
            case TEACHER -> lesson.teacherIds().equals(List.of(owner.id()));
            case STUDENTS -> lesson.studentSetIds().equals(List.of(owner.id()));
            case ROOM -> false;
        };
    }

    private Set<Integer> indexes(Set<String> roomIds) {
        Set<Integer> result = new LinkedHashSet<>();
        for (String id : roomIds) {
            result.add(ProblemCompiler.require(roomIndex, id, "room"));
        }
        return result;
    }

    List<RoomBooking> bookings() {
        return bookings;
    }

    List<RoomValue> roomValues() {
        return roomValues;
    }

    RoomBooking[] bookingOfLesson() {
        return bookingOfLesson;
    }
}

package org.preau.timetable.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Day;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.Period;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Room;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.Slot;
import org.preau.engine.model.StudentSet;
import org.preau.engine.model.Teacher;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.Week;
import org.preau.engine.model.WeekPattern;
import org.preau.engine.model.Weight;
import org.preau.timetable.internal.SchoolInput.AssignmentIn;
import org.preau.timetable.internal.SchoolInput.GroupIn;

/**
 * Turns a school (its day structure, teaching assignments, divisions and groups, rooms, teachers' wishes and
 * direction's pins) into the engine's {@link TimetableProblem}:
 * <ul>
 * <li>each whole weekly hour is a weekly lesson; a half hour is one lesson every other week (semaine A or B,
 * alternating within a division so that two "quinzaine" subjects can share a slot);</li>
 * <li>student sets follow FET semantics through {@link StudentAtoms};</li>
 * <li>the LV2 groups of a level are aligned (their n-th lessons start together, a barrette);</li>
 * <li>each lesson needs a room of the kind its subject needs ({@link RoomKinds}), see {@link RoomPlan};</li>
 * <li>a subject's weekly lessons should fall on different days (soft).</li>
 * </ul>
 */
final class ProblemBuilder {

    static final Weight WISH = Weight.soft(80);
    static final Weight SPREAD = Weight.soft(90);
    static final Weight ROOM_KIND = Weight.soft(60);

    private ProblemBuilder() {
    }

    /** A lesson of the problem and where it comes from. */
    record LessonSource(String key, AssignmentIn assignment, @Nullable String week) {
    }

    record Built(TimetableProblem problem, Map<String, LessonSource> lessons) {
    }

    static Built build(String name, SchoolInput school) {
        DayStructure structure = school.structure();
        Week week = week(structure);
        List<StudentSet> sets = StudentAtoms.of(school.divisions(), school.groups());
        Map<String, Integer> setSize = sets.stream().collect(Collectors.toMap(StudentSet::id, StudentSet::size));
        RoomPlan rooms = new RoomPlan(school.rooms(), school.assignments(), week);
        Map<String, List<String>> preferringRooms = new LinkedHashMap<>();
        Map<UUID, GroupIn> groups = school.groups().stream().collect(Collectors.toMap(GroupIn::id, g -> g));

        Map<String, LessonSource> sources = new LinkedHashMap<>();
        List<Lesson> lessons = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        Map<String, Integer> halfLessonsOfTarget = new HashMap<>();
        Map<String, List<String>> aligned = new LinkedHashMap<>();

        List<AssignmentIn> assignments = school.assignments().stream()
                .sorted(Comparator.comparing((AssignmentIn a) -> String.valueOf(a.divisionId()))
                        .thenComparing(a -> String.valueOf(a.groupId())).thenComparing(AssignmentIn::subjectCode)
                        .thenComparing(AssignmentIn::id))
                .toList();
        for (AssignmentIn assignment : assignments) {
            String set = assignment.divisionId() != null ? StudentAtoms.divisionSet(assignment.divisionId())
                    : StudentAtoms.groupSet(assignment.groupId());
            GroupIn group = assignment.groupId() == null ? null : groups.get(assignment.groupId());
            String alignment = group != null && "LV2".equals(group.kind()) && group.levelId() != null
                    ? "LV2:" + group.levelId() : null;
            RoomRequirement room = rooms.requirement(assignment.subjectCode(), setSize.getOrDefault(set, 0));
            boolean prefers = !rooms.preferred(assignment.subjectCode()).isEmpty();
            int weekly = assignment.halfHours() / 2;
            List<String> split = new ArrayList<>();
            for (int n = 1; n <= weekly; n++) {
                String key = assignment.id() + "-" + n;
                lessons.add(new Lesson(key, assignment.subjectCode(), List.of(), List.of(assignment.teacherId().toString()),
                        List.of(set), 1, room, WeekPattern.EVERY_WEEK, weekly > 1 ? assignment.id().toString() : "",
                        weekly > 1 ? n : 0));
                sources.put(key, new LessonSource(key, assignment, null));
                split.add(key);
                if (prefers) {
                    preferringRooms.computeIfAbsent(assignment.subjectCode(), k -> new ArrayList<>()).add(key);
                }
                if (alignment != null) {
                    aligned.computeIfAbsent(alignment + ":" + n, k -> new ArrayList<>()).add(key);
                }
            }
            if (assignment.halfHours() % 2 == 1) {
                String patternKey = alignment != null ? alignment : set;
                int count = alignment != null ? 0 : halfLessonsOfTarget.merge(patternKey, 1, Integer::sum) - 1;
                String weekName = count % 2 == 0 ? "A" : "B";
                String key = assignment.id() + "-" + weekName;
                lessons.add(new Lesson(key, assignment.subjectCode(), List.of(), List.of(assignment.teacherId().toString()),
                        List.of(set), 1, room, "A".equals(weekName) ? WeekPattern.WEEK_A : WeekPattern.WEEK_B, "", 0));
                sources.put(key, new LessonSource(key, assignment, weekName));
                if (prefers) {
                    preferringRooms.computeIfAbsent(assignment.subjectCode(), k -> new ArrayList<>()).add(key);
                }
                if (alignment != null) {
                    aligned.computeIfAbsent(alignment + ":half", k -> new ArrayList<>()).add(key);
                }
            }
            if (split.size() > 1) {
                constraints.add(new Constraint.MinDaysBetween(split, 1, false, SPREAD));
            }
        }
        aligned.values().stream()
                .map(keys -> withDistinctTeachers(keys, sources))
                .filter(keys -> keys.size() > 1)
                .forEach(keys -> constraints.add(new Constraint.SameStartingTime(keys, Weight.HARD)));

        preferringRooms.forEach((subject, keys) ->
                constraints.add(new Constraint.PreferredRooms(keys, rooms.preferred(subject), ROOM_KIND)));
        constraints.addAll(wishes(school, structure));
        for (SchoolInput.PinIn pin : school.pins()) {
            int day = structure.dayIndex(pin.day());
            int period = structure.periodIndex(pin.position());
            if (sources.containsKey(pin.lessonKey()) && day >= 0 && period >= 0) {
                constraints.add(new Constraint.Pinned(pin.lessonKey(), new Slot(day, period),
                        pin.roomId() == null ? "" : pin.roomId().toString()));
            }
        }
        List<Teacher> teachers = school.teachers().stream().map(t -> new Teacher(t.id().toString(), t.name())).toList();
        List<Room> roomList = school.rooms().stream()
                .map(r -> new Room(r.id().toString(), r.name(), r.kind(), r.capacity())).toList();
        return new Built(new TimetableProblem(name, week, teachers, sets, roomList, lessons, constraints), sources);
    }

    static Week week(DayStructure structure) {
        List<Day> days = new ArrayList<>();
        for (int d = 0; d < structure.days().size(); d++) {
            days.add(new Day(d, dayName(structure.days().get(d))));
        }
        List<Period> periods = new ArrayList<>();
        for (int p = 0; p < structure.periods().size(); p++) {
            DayStructure.PeriodDef def = structure.periods().get(p);
            periods.add(new Period(p, def.name(), def.start(), def.end()));
        }
        Set<Slot> breaks = new HashSet<>();
        for (DayStructure.SlotRef closed : structure.closed()) {
            int d = structure.dayIndex(closed.day());
            int p = structure.periodIndex(closed.position());
            if (d >= 0 && p >= 0) {
                breaks.add(new Slot(d, p));
            }
        }
        return new Week(days, periods, breaks);
    }

    static String dayName(DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.FRENCH);
    }

    /** An alignment can only hold between lessons of different teachers: the rest is left free. */
    private static List<String> withDistinctTeachers(List<String> keys, Map<String, LessonSource> sources) {
        Set<UUID> seen = new HashSet<>();
        return keys.stream().filter(k -> seen.add(sources.get(k).assignment().teacherId())).toList();
    }

    /**
     * The rooms each kind of lesson may use. A subject goes to its kind of room (labs, gym, technology room…)
     * when the school has enough of them for the week; when the week's demand exceeds what those rooms can hold,
     * the lessons may also use classrooms (and prefer their own kind, softly) — except EPS, which then takes place
     * in the sports facilities without a room being booked.
     */
    static final class RoomPlan {
        private final Map<String, Set<String>> roomsOfKind = new HashMap<>();
        private final Map<String, Integer> largest = new HashMap<>();
        private final Map<String, Double> demand = new HashMap<>();
        private final int openSlots;
        static final double TIGHT = 0.7;

        RoomPlan(List<SchoolInput.RoomIn> rooms, List<AssignmentIn> assignments, Week week) {
            for (SchoolInput.RoomIn room : rooms) {
                roomsOfKind.computeIfAbsent(room.kind(), k -> new HashSet<>()).add(room.id().toString());
                largest.merge(room.kind(), room.capacity(), Math::max);
            }
            assignments.forEach(a -> demand.merge(RoomKinds.forSubject(a.subjectCode()), a.halfHours() / 2.0, Double::sum));
            openSlots = week.dayCount() * week.periodsPerDay() - week.breaks().size();
        }

        /** More than {@value #TIGHT} of the week's slots of those rooms would be needed: too tight to require them. */
        boolean isScarce(String kind) {
            return demand.getOrDefault(kind, 0.0) > TIGHT * roomsOfKind.getOrDefault(kind, Set.of()).size() * openSlots;
        }

        RoomRequirement requirement(String subjectCode, int pupils) {
            if (roomsOfKind.isEmpty()) {
                return RoomRequirement.NONE;
            }
            String kind = RoomKinds.forSubject(subjectCode);
            if (!roomsOfKind.containsKey(kind)) {
                kind = "CLASSROOM";
            }
            if (!roomsOfKind.containsKey(kind)) {
                return new RoomRequirement(true, Set.of(), "", 0);
            }
            if (!isScarce(kind) || "CLASSROOM".equals(kind)) {
                return new RoomRequirement(true, Set.of(), kind, Math.min(pupils, largest.get(kind)));
            }
            if ("GYM".equals(kind)) {
                return RoomRequirement.NONE;
            }
            Set<String> allowed = new HashSet<>(roomsOfKind.get(kind));
            allowed.addAll(roomsOfKind.getOrDefault("CLASSROOM", Set.of()));
            int capacity = Math.max(largest.get(kind), largest.getOrDefault("CLASSROOM", 0));
            return new RoomRequirement(true, allowed, "", Math.min(pupils, capacity));
        }

        Set<String> preferred(String subjectCode) {
            String kind = RoomKinds.forSubject(subjectCode);
            return isScarce(kind) && !"GYM".equals(kind) && !"CLASSROOM".equals(kind)
                    ? roomsOfKind.getOrDefault(kind, Set.of()) : Set.of();
        }
    }

    private static List<Constraint> wishes(SchoolInput school, DayStructure structure) {
        Map<String, Set<Slot>> hard = new LinkedHashMap<>();
        Map<String, Set<Slot>> soft = new LinkedHashMap<>();
        for (SchoolInput.WishIn wish : school.wishes()) {
            int d = structure.dayIndex(wish.day());
            int p = structure.periodIndex(wish.position());
            if (d >= 0 && p >= 0) {
                (wish.hard() ? hard : soft).computeIfAbsent(wish.teacherId().toString(), k -> new HashSet<>())
                        .add(new Slot(d, p));
            }
        }
        List<Constraint> constraints = new ArrayList<>();
        hard.forEach((t, slots) -> constraints.add(new Constraint.Unavailable(ResourceRef.teacher(t), slots, Weight.HARD)));
        soft.forEach((t, slots) -> constraints.add(new Constraint.Unavailable(ResourceRef.teacher(t), slots, WISH)));
        return constraints;
    }
}

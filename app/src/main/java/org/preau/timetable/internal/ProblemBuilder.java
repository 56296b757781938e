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
 * <li>each lesson needs a room of the kind its subject needs ({@link RoomKinds}), falling back to a classroom;</li>
 * <li>a subject's weekly lessons should fall on different days (soft).</li>
 * </ul>
 */
final class ProblemBuilder {

    static final Weight WISH = Weight.soft(80);
    static final Weight SPREAD = Weight.soft(90);

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
        Set<String> roomKinds = school.rooms().stream().map(SchoolInput.RoomIn::kind).collect(Collectors.toSet());
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
            RoomRequirement room = roomFor(assignment.subjectCode(), roomKinds, setSize.getOrDefault(set, 0));
            int weekly = assignment.halfHours() / 2;
            List<String> split = new ArrayList<>();
            for (int n = 1; n <= weekly; n++) {
                String key = assignment.id() + "-" + n;
                lessons.add(new Lesson(key, assignment.subjectCode(), List.of(), List.of(assignment.teacherId().toString()),
                        List.of(set), 1, room, WeekPattern.EVERY_WEEK, weekly > 1 ? assignment.id().toString() : "",
                        weekly > 1 ? n : 0));
                sources.put(key, new LessonSource(key, assignment, null));
                split.add(key);
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
        List<Room> rooms = school.rooms().stream()
                .map(r -> new Room(r.id().toString(), r.name(), r.kind(), r.capacity())).toList();
        return new Built(new TimetableProblem(name, week, teachers, sets, rooms, lessons, constraints), sources);
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

    private static RoomRequirement roomFor(String subjectCode, Set<String> kinds, int pupils) {
        if (kinds.isEmpty()) {
            return RoomRequirement.NONE;
        }
        String kind = RoomKinds.forSubject(subjectCode);
        if (!kinds.contains(kind)) {
            kind = kinds.contains("CLASSROOM") ? "CLASSROOM" : "";
        }
        return new RoomRequirement(true, Set.of(), kind, pupils);
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

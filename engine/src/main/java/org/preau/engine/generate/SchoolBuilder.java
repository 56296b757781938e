package org.preau.engine.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Room;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.StudentSet;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.Week;
import org.preau.engine.model.WeekPattern;
import org.preau.engine.model.Weight;

/**
 * Collects what a generator decides — pupils, lessons, alignments, rules — and sizes the rooms to fit at the
 * end. Hours are counted in half hours, so that "4.5 h" is exactly 9: a half hour left over becomes a lesson
 * every other week (semaine A or B, alternating within a division so that two half hours can share a slot).
 */
final class SchoolBuilder {

    static final Weight SPREAD = Weight.soft(95);

    final Random random;
    final Week week;
    final Staff staff;
    private final Map<String, StudentSet> sets = new LinkedHashMap<>();
    private final List<Lesson> lessons = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private final Map<String, Integer> halfWeekToggle = new HashMap<>();
    /** Periods per week booked in each room type (semaine A/B lessons count half), and the most needed at once. */
    private final Map<String, Double> periodsByRoomType = new LinkedHashMap<>();
    private final Map<String, Integer> parallelByRoomType = new HashMap<>();
    private final Map<String, Integer> capacityByRoomType = new LinkedHashMap<>();

    SchoolBuilder(long seed, boolean lycee) {
        this.random = new Random(seed);
        this.week = FrenchWeek.of(lycee);
        this.staff = new Staff(random);
    }

    void roomType(String type, int capacity) {
        capacityByRoomType.put(type, capacity);
    }

    void subgroup(String id, int size) {
        sets.put(id, new StudentSet(id, StudentSet.Kind.SUBGROUP, size, Set.of(id)));
    }

    void group(String id, StudentSet.Kind kind, List<String> atoms) {
        if (atoms.equals(List.of(id))) {
            return; // the subgroup itself (a 6e demi-groupe)
        }
        int size = atoms.stream().mapToInt(a -> sets.get(a).size()).sum();
        sets.put(id, new StudentSet(id, kind, size, new LinkedHashSet<>(atoms)));
    }

    int size(String set) {
        return sets.get(set).size();
    }

    /**
     * A subject's weekly hours for some pupils with one teacher: whole hours as lessons of {@code block} periods
     * (EPS in 2-hour blocks) or single periods, the half hour left as a lesson in semaine A or B. The lessons of
     * the week should fall on different days.
     */
    List<String> course(String subject, String teacher, List<String> pupils, int halfHours, String roomType, int block) {
        String split = "S" + (lessons.size() + 1);
        List<String> ids = new ArrayList<>();
        int hours = halfHours / 2;
        int index = 1;
        while (hours > 0) {
            int duration = Math.min(block, hours);
            ids.add(lesson(subject, List.of(teacher), pupils, duration, roomType, WeekPattern.EVERY_WEEK, split, index++));
            hours -= duration;
        }
        if (halfHours % 2 == 1) {
            ids.add(lesson(subject, List.of(teacher), pupils, 1, roomType, alternateWeek(pupils.get(0)), split, index));
        }
        if (ids.size() > 1) {
            constraints.add(new Constraint.MinDaysBetween(ids, 1, true, SPREAD));
        }
        return ids;
    }

    /** Semaine A for the first half hour of these pupils, B for the next, and so on. */
    WeekPattern alternateWeek(String pupils) {
        int n = halfWeekToggle.merge(pupils, 1, Integer::sum);
        return n % 2 == 1 ? WeekPattern.WEEK_A : WeekPattern.WEEK_B;
    }

    String lesson(String subject, List<String> teachers, List<String> pupils, int duration, String roomType,
            WeekPattern weeks, String split, int index) {
        String id = "L" + (lessons.size() + 1);
        RoomRequirement room = roomType.isEmpty() ? RoomRequirement.NONE : RoomRequirement.ofType(roomType, 0);
        lessons.add(new Lesson(id, subject, List.of(), teachers, pupils, duration, room, weeks, split, index));
        if (!roomType.isEmpty()) {
            periodsByRoomType.merge(roomType, duration * (weeks.isEveryWeek() ? 1.0 : 0.5), Double::sum);
            parallelByRoomType.merge(roomType, 1, Math::max);
        }
        return id;
    }

    Lesson lessonById(String id) {
        return lessons.get(Integer.parseInt(id.substring(1)) - 1);
    }

    /** These lessons start together (an alignment, a barrette, two demi-groupes). */
    void align(List<String> ids) {
        if (ids.size() < 2) {
            return;
        }
        constraints.add(new Constraint.SameStartingTime(ids, Weight.HARD));
        Map<String, Integer> perType = new HashMap<>();
        for (String id : ids) {
            Lesson l = lessonById(id);
            if (l.room().needsRoom()) {
                perType.merge(l.room().roomType(), 1, Integer::sum);
            }
        }
        perType.forEach((type, n) -> parallelByRoomType.merge(type, n, Math::max));
    }

    void rule(Constraint c) {
        constraints.add(c);
    }

    /** Rooms of each type: enough for the weekly load at 75% occupancy and for the largest alignment. */
    private List<Room> rooms() {
        int slots = FrenchWeek.teachingSlots(week);
        List<Room> rooms = new ArrayList<>();
        capacityByRoomType.forEach((type, capacity) -> {
            double load = periodsByRoomType.getOrDefault(type, 0.0);
            if (load == 0) {
                return;
            }
            int count = Math.max((int) Math.ceil(load / (0.75 * slots)), parallelByRoomType.getOrDefault(type, 1));
            for (int i = 1; i <= count; i++) {
                String id = Ids.slug(type) + "-" + i;
                rooms.add(new Room(id, type + " " + i, type, capacity));
            }
        });
        return rooms;
    }

    /** Teachers' rules: at most 2 gaps a day (soft), a day off for part-timers (hard). */
    private void teacherRules() {
        for (Staff.Member m : staff.all()) {
            constraints.add(new Constraint.MaxGapsPerDay(ResourceRef.teacher(m.teacher().id()), 2, Weight.soft(70)));
            if (m.partTime()) {
                int day = new int[] {0, 4, FrenchWeek.WEDNESDAY}[random.nextInt(3)];
                Set<org.preau.engine.model.Slot> off = new LinkedHashSet<>();
                for (int p = 0; p < week.periodsPerDay(); p++) {
                    off.add(new org.preau.engine.model.Slot(day, p));
                }
                constraints.add(new Constraint.Unavailable(ResourceRef.teacher(m.teacher().id()), off, Weight.HARD));
            }
        }
    }

    TimetableProblem build(String name) {
        teacherRules();
        return new TimetableProblem(name, week, staff.all().stream().map(Staff.Member::teacher).toList(),
                List.copyOf(sets.values()), rooms(), lessons, constraints);
    }
}

package org.preau.timetable.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The base timetable as week grids (periods × days) for a division, teacher, room or pupil. */
@Service
public class Grids {

    /** A lesson in a grid cell. */
    public record Cell(String key, String subject, String css, String students, String teacher, String room,
                       @Nullable String week, boolean pinned, DayOfWeek day, int position) {
        public String label() {
            return subject + " — " + students + " — " + teacher + (room.isEmpty() ? "" : " — " + room)
                    + (week == null ? "" : " — semaine " + week);
        }
    }

    public record Row(DayStructure.PeriodDef period, List<Slot> slots) {
    }

    public record Slot(DayOfWeek day, int position, boolean closed, List<Cell> lessons) {
    }

    public record Grid(String title, List<DayOfWeek> days, List<String> dayNames, List<Row> rows, List<Cell> unplaced) {
    }

    private final BaseTimetables timetables;
    private final DayStructures structures;
    private final Pins pins;

    Grids(BaseTimetables timetables, DayStructures structures, Pins pins) {
        this.timetables = timetables;
        this.structures = structures;
        this.pins = pins;
    }

    public static Predicate<BaseTimetables.BaseLesson> ofStudents(@Nullable UUID division, Collection<UUID> groups) {
        Set<UUID> set = new HashSet<>(groups);
        return l -> (division != null && division.equals(l.divisionId())) || (l.groupId() != null && set.contains(l.groupId()));
    }

    public static Predicate<BaseTimetables.BaseLesson> ofTeacher(UUID teacher) {
        return l -> teacher.equals(l.teacherId());
    }

    public static Predicate<BaseTimetables.BaseLesson> ofRoom(UUID room) {
        return l -> room.equals(l.roomId());
    }

    public Grid grid(UUID timetableId, String title, Predicate<BaseTimetables.BaseLesson> filter, Labels.Directory labels) {
        DayStructure structure = structures.current();
        Set<String> pinned = new HashSet<>();
        pins.all().forEach(p -> pinned.add(p.lessonKey()));
        List<BaseTimetables.BaseLesson> lessons = timetables.lessons(timetableId).stream().filter(filter).toList();
        List<Row> rows = new ArrayList<>();
        for (DayStructure.PeriodDef period : structure.periods()) {
            List<Slot> slots = new ArrayList<>();
            for (DayOfWeek day : structure.days()) {
                List<Cell> cells = lessons.stream()
                        .filter(l -> day.equals(l.day()) && Integer.valueOf(period.position()).equals(l.position()))
                        .map(l -> cell(l, labels, pinned)).toList();
                slots.add(new Slot(day, period.position(), structure.isClosed(day, period.position()), cells));
            }
            rows.add(new Row(period, slots));
        }
        List<Cell> unplaced = lessons.stream().filter(l -> !l.isPlaced()).map(l -> cell(l, labels, pinned)).toList();
        return new Grid(title, structure.days(), structure.days().stream().map(ProblemBuilder::dayName).toList(), rows,
                unplaced);
    }

    private static Cell cell(BaseTimetables.BaseLesson l, Labels.Directory labels, Set<String> pinned) {
        return new Cell(l.lessonKey(), labels.subject(l.subjectId()), "tt-s-" + l.subjectId(),
                labels.students(l.divisionId(), l.groupId()), labels.person(l.teacherId()), labels.room(l.roomId()),
                l.week(), pinned.contains(l.lessonKey()), l.day() == null ? DayOfWeek.MONDAY : l.day(),
                l.position() == null ? 0 : l.position());
    }
}

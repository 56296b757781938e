package org.preau.engine.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Day;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.Period;
import org.preau.engine.model.Placement;
import org.preau.engine.model.Room;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.Slot;
import org.preau.engine.model.StudentSet;
import org.preau.engine.model.Teacher;
import org.preau.engine.model.Timetable;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.Week;
import org.preau.engine.model.WeekPattern;

/**
 * A small collège for tests: 5 days of 8 periods from 08:00, lunch break at period 4 unless removed; teachers
 * MARTIN and DURAND; year 4e with divisions 4eA and 4eB, and 4eA split into 4eA1/4eA2; rooms LABO (labo, 30)
 * and S2 (salle, 20). Lessons and constraints are added by the test.
 */
public final class TinySchool {

    public static final int LUNCH = 4;
    private final List<Lesson> lessons = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<Placement> placements = new ArrayList<>();
    private final Set<Slot> breaks = new HashSet<>();

    public TinySchool() {
        for (int d = 0; d < 5; d++) {
            breaks.add(new Slot(d, LUNCH));
        }
    }

    public TinySchool withoutBreaks() {
        breaks.clear();
        return this;
    }

    public TinySchool lesson(String id, String teacher, String students, int duration) {
        return add(new Lesson(id, "Maths", List.of(), teacher.isEmpty() ? List.of() : List.of(teacher),
                students.isEmpty() ? List.of() : List.of(students), duration, RoomRequirement.NONE, WeekPattern.EVERY_WEEK, "", 0));
    }

    public TinySchool add(Lesson lesson) {
        lessons.add(lesson);
        return this;
    }

    public TinySchool with(Constraint c) {
        constraints.add(c);
        return this;
    }

    public TinySchool at(String lesson, int day, int period) {
        return at(lesson, day, period, "");
    }

    public TinySchool at(String lesson, int day, int period, String room) {
        placements.add(new Placement(lesson, new Slot(day, period), room));
        return this;
    }

    public TimetableProblem problem() {
        List<Day> days = new ArrayList<>();
        String[] names = {"Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"};
        for (int d = 0; d < names.length; d++) {
            days.add(new Day(d, names[d]));
        }
        List<Period> periods = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            var start = java.time.LocalTime.of(8 + p, 0);
            periods.add(new Period(p, "H" + (p + 1), start, start.plusMinutes(55)));
        }
        return new TimetableProblem("tiny", new Week(days, periods, breaks),
                List.of(new Teacher("MARTIN", "M. Martin"), new Teacher("DURAND", "Mme Durand")),
                List.of(new StudentSet("4e", StudentSet.Kind.YEAR, 50, Set.of("4eA1", "4eA2", "4eB")),
                        new StudentSet("4eA", StudentSet.Kind.GROUP, 25, Set.of("4eA1", "4eA2")),
                        new StudentSet("4eA1", StudentSet.Kind.SUBGROUP, 12, Set.of("4eA1")),
                        new StudentSet("4eA2", StudentSet.Kind.SUBGROUP, 13, Set.of("4eA2")),
                        new StudentSet("4eB", StudentSet.Kind.GROUP, 25, Set.of("4eB"))),
                List.of(new Room("LABO", "Labo SVT", "labo", 30, "Sciences"), new Room("S2", "Salle 2", "salle", 20, "Principal")),
                lessons, constraints);
    }

    public Timetable timetable() {
        return new Timetable(problem(), placements);
    }
}

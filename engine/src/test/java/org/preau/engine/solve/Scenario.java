package org.preau.engine.solve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Day;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.Period;
import org.preau.engine.model.Room;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.Slot;
import org.preau.engine.model.StudentSet;
import org.preau.engine.model.Teacher;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.Week;
import org.preau.engine.model.WeekPattern;

/**
 * A tiny school for solver tests: 5 days of 6 periods; teachers T1, T2; year Y with divisions G1 and G2
 * (subgroups A1, A2); rooms R1 (30 seats) and R2 (10). Add lessons and rules, then place lessons and get the
 * planning solution.
 */
final class Scenario {

    private final List<Lesson> lessons = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private final Set<Slot> breaks = new HashSet<>();
    private final List<Room> rooms = new ArrayList<>(List.of(new Room("R1", "R1", "", 30), new Room("R2", "R2", "", 10)));
    private CompiledProblem compiled;

    Scenario lesson(String id, String teacher, String students, int duration) {
        return lesson(new Lesson(id, "Maths", List.of(), teacher.isEmpty() ? List.of() : List.of(teacher),
                students.isEmpty() ? List.of() : List.of(students), duration, RoomRequirement.NONE, WeekPattern.EVERY_WEEK, "", 0));
    }

    Scenario lesson(Lesson lesson) {
        lessons.add(lesson);
        return this;
    }

    Scenario rule(Constraint constraint) {
        constraints.add(constraint);
        return this;
    }

    /** Adds a room (besides R1 and R2). */
    Scenario room(String id) {
        rooms.add(new Room(id, id, "", 0));
        return this;
    }

    /** Adds a room in a building. */
    Scenario room(String id, String building) {
        rooms.add(new Room(id, id, "", 0, building));
        return this;
    }

    Scenario breakAt(int day, int period) {
        breaks.add(new Slot(day, period));
        return this;
    }

    TimetableProblem problem() {
        List<Day> days = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            days.add(new Day(d, "D" + d));
        }
        List<Period> periods = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            periods.add(Period.named(p, "P" + p));
        }
        return new TimetableProblem("scenario", new Week(days, periods, breaks),
                List.of(new Teacher("T1", "T1"), new Teacher("T2", "T2")),
                List.of(new StudentSet("Y", StudentSet.Kind.YEAR, 20, Set.of("A1", "A2")),
                        new StudentSet("G1", StudentSet.Kind.GROUP, 10, Set.of("A1")),
                        new StudentSet("G2", StudentSet.Kind.GROUP, 10, Set.of("A2")),
                        new StudentSet("A1", StudentSet.Kind.SUBGROUP, 10, Set.of("A1")),
                        new StudentSet("A2", StudentSet.Kind.SUBGROUP, 10, Set.of("A2"))),
                rooms,
                lessons, constraints);
    }

    CompiledProblem compiled() {
        if (compiled == null) {
            compiled = ProblemCompiler.compile(problem());
        }
        return compiled;
    }

    LessonBlock blockOf(String lessonId) {
        CompiledProblem c = compiled();
        for (int l = 0; l < lessons.size(); l++) {
            if (lessons.get(l).id().equals(lessonId)) {
                return c.solution().blocks().get(c.blockOfLesson()[l]);
            }
        }
        throw new IllegalArgumentException(lessonId);
    }

    RoomBooking bookingOf(String lessonId) {
        CompiledProblem c = compiled();
        for (int l = 0; l < lessons.size(); l++) {
            if (lessons.get(l).id().equals(lessonId)) {
                return c.bookingOfLesson()[l];
            }
        }
        throw new IllegalArgumentException(lessonId);
    }

    /** Starts the lesson's block at (day, period), even outside its value range: tests may break hard windows. */
    Scenario at(String lessonId, int day, int period) {
        blockOf(lessonId).setStart(compiled().slots().get(day * 6 + period));
        return this;
    }

    Scenario at(String lessonId, int day, int period, String room) {
        at(lessonId, day, period);
        bookingOf(lessonId).setRoom(compiled().rooms().stream().filter(r -> r.id().equals(room)).findFirst().orElseThrow());
        return this;
    }

    TimetableSolution solution() {
        return compiled().solution();
    }
}

package org.preau.engine.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.Placement;
import org.preau.engine.model.Room;
import org.preau.engine.model.StudentSet;
import org.preau.engine.model.Teacher;
import org.preau.engine.model.Timetable;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.Week;

/**
 * A timetable indexed for checking: each lesson's placement (or none), who attends it, and when. Built from the
 * model alone, never from the solver's structures, so that the checker stays an independent opinion.
 */
final class Schedule {

    final TimetableProblem problem;
    final Week week;
    final List<Lesson> lessons;
    final Map<String, Integer> lessonIndex = new HashMap<>();
    final Map<String, Teacher> teachers = new LinkedHashMap<>();
    final Map<String, StudentSet> studentSets = new LinkedHashMap<>();
    final Map<String, Room> rooms = new LinkedHashMap<>();
    final Placement[] placements;
    final int cycle;
    final Wording words;

    Schedule(Timetable timetable) {
        this.problem = timetable.problem();
        this.week = problem.week();
        this.lessons = problem.lessons();
        problem.teachers().forEach(t -> teachers.put(t.id(), t));
        problem.studentSets().forEach(s -> studentSets.put(s.id(), s));
        problem.rooms().forEach(r -> rooms.put(r.id(), r));
        int c = 1;
        for (int l = 0; l < lessons.size(); l++) {
            lessonIndex.put(lessons.get(l).id(), l);
            c = lcm(c, lessons.get(l).weeks().cycleLength());
        }
        cycle = c;
        placements = new Placement[lessons.size()];
        for (Placement p : timetable.placements()) {
            Integer l = lessonIndex.get(p.lessonId());
            if (l == null) {
                throw new InvalidSolutionException("the solution places unknown lesson '" + p.lessonId() + "'");
            }
            if (placements[l] != null) {
                throw new InvalidSolutionException("the solution places lesson '" + p.lessonId() + "' twice");
            }
            if (p.start().day() < 0 || p.start().day() >= week.dayCount() || p.start().period() < 0
                    || p.start().period() >= week.periodsPerDay()) {
                throw new InvalidSolutionException("lesson '" + p.lessonId() + "' is placed outside the week");
            }
            if (!p.roomId().isEmpty() && !rooms.containsKey(p.roomId())) {
                throw new InvalidSolutionException("lesson '" + p.lessonId() + "' is placed in unknown room '" + p.roomId() + "'");
            }
            placements[l] = p;
        }
        words = new Wording(this);
    }

    int lessonCount() {
        return lessons.size();
    }

    Lesson lesson(int l) {
        return lessons.get(l);
    }

    Integer indexOf(String lessonId) {
        return lessonIndex.get(lessonId);
    }

    boolean placed(int l) {
        return placements[l] != null;
    }

    int day(int l) {
        return placements[l].start().day();
    }

    int start(int l) {
        return placements[l].start().period();
    }

    /** The period after the lesson's last one. */
    int end(int l) {
        return start(l) + lesson(l).duration();
    }

    String room(int l) {
        return placements[l].roomId();
    }

    /** The periods of its day the lesson occupies, as a mask (bit p = period p), cut at the end of the day. */
    long periodMask(int l) {
        long mask = 0;
        for (int p = start(l); p < Math.min(end(l), week.periodsPerDay()); p++) {
            mask |= 1L << p;
        }
        return mask;
    }

    /** The weeks of the cycle the lesson takes place in, as a mask. */
    int weekMask(int l) {
        int mask = 0;
        var pattern = lesson(l).weeks();
        for (int w = 0; w < cycle; w++) {
            if (pattern.weeks().contains(w % pattern.cycleLength())) {
                mask |= 1 << w;
            }
        }
        return mask;
    }

    /** Lessons placed and taught by the teacher. */
    List<Integer> lessonsOfTeacher(String teacherId) {
        List<Integer> result = new ArrayList<>();
        for (int l = 0; l < lessons.size(); l++) {
            if (lesson(l).teacherIds().contains(teacherId)) {
                result.add(l);
            }
        }
        return result;
    }

    StudentSet studentSet(String id) {
        StudentSet set = studentSets.get(id);
        if (set == null) {
            throw new InvalidSolutionException("the problem names unknown student set '" + id + "'");
        }
        return set;
    }

    private static int lcm(int a, int b) {
        int x = a;
        int y = b;
        while (y != 0) {
            int t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }
}

package org.preau.engine.check;

import java.util.List;
import java.util.stream.Collectors;
import org.preau.engine.model.Period;
import org.preau.engine.model.Teacher;

/** Names for people, lessons and times in violation messages, as the school writes them. */
final class Wording {

    private final Schedule s;

    Wording(Schedule s) {
        this.s = s;
    }

    String day(int d) {
        return s.week.days().get(d).name().trim();
    }

    String period(int p) {
        Period period = s.week.periods().get(p);
        return period.start() != null ? period.start().toString() : period.name().trim();
    }

    String time(int d, int p) {
        return day(d) + " " + period(p);
    }

    String teacher(String id) {
        Teacher t = s.teachers.get(id);
        return t == null ? id.trim() : t.name().trim();
    }

    String group(Attendee a) {
        return a.teacher() ? teacher(a.id()) : a.id().trim();
    }

    /** "Mathématiques 4e B (L12)": subject, pupils and id of a lesson. */
    String lesson(int l) {
        var lesson = s.lesson(l);
        String pupils = lesson.studentSetIds().stream().map(String::trim).collect(Collectors.joining(", "));
        String subject = lesson.subject().trim();
        String what = (subject + (pupils.isEmpty() ? "" : " " + pupils)).trim();
        return (what.isEmpty() ? "" : what + " ") + "(" + lesson.id().trim() + ")";
    }

    String lessons(List<Integer> ls, String and) {
        List<String> names = ls.stream().map(this::lesson).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
    }

    String lessonRef(int l) {
        return "lesson:" + s.lesson(l).id();
    }

    /** When a placed lesson starts, with the day named as the school declared it ("Mardi 10:00"). */
    String placedAt(int l) {
        return time(s.day(l), s.start(l));
    }
}

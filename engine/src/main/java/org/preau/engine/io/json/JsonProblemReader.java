package org.preau.engine.io.json;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

/** Reads the engine's own problem format (see {@link JsonProblemWriter} for its shape), checking every reference. */
final class JsonProblemReader {

    private final Set<String> teacherIds = new LinkedHashSet<>();
    private final Set<String> setIds = new LinkedHashSet<>();
    private final Set<String> roomIds = new LinkedHashSet<>();
    private final Set<String> lessonIds = new LinkedHashSet<>();

    TimetableProblem read(JsonField root) {
        String format = root.text("format", JsonProblemWriter.FORMAT);
        if (!format.equals(JsonProblemWriter.FORMAT)) {
            throw root.get("format").error("expected \"" + JsonProblemWriter.FORMAT + "\", found \"" + format + "\"");
        }
        Week week = week(root.required("week"));
        List<Teacher> teachers = new ArrayList<>();
        for (JsonField t : root.items("teachers")) {
            String id = unique(teacherIds, t, "teacher");
            teachers.add(new Teacher(id, t.text("name", id)));
        }
        List<StudentSet> sets = studentSets(root);
        List<Room> rooms = new ArrayList<>();
        for (JsonField r : root.items("rooms")) {
            String id = unique(roomIds, r, "room");
            rooms.add(new Room(id, r.text("name", id), r.text("type", ""), r.integer("capacity", 0), r.text("building", "")));
        }
        List<Lesson> lessons = new ArrayList<>();
        for (JsonField l : root.items("lessons")) {
            lessons.add(lesson(l));
        }
        JsonReferences refs = new JsonReferences(week.dayCount(), week.periodsPerDay(), teacherIds, setIds, roomIds, lessonIds);
        List<Constraint> constraints = new ArrayList<>();
        for (JsonField c : root.items("constraints")) {
            constraints.add(JsonConstraints.read(c, refs));
        }
        return new TimetableProblem(root.text("name", ""), week, teachers, sets, rooms, lessons, constraints);
    }

    private Week week(JsonField w) {
        List<Day> days = new ArrayList<>();
        for (JsonField d : w.required("days").items()) {
            days.add(new Day(days.size(), d.asText()));
        }
        List<Period> periods = new ArrayList<>();
        for (JsonField p : w.required("periods").items()) {
            periods.add(new Period(periods.size(), p.text("name"), time(p, "start"), time(p, "end")));
        }
        if (days.isEmpty() || periods.isEmpty()) {
            throw w.error("needs at least one day and one period");
        }
        Set<Slot> breaks = new LinkedHashSet<>();
        JsonReferences slots = new JsonReferences(days.size(), periods.size(), Set.of(), Set.of(), Set.of(), Set.of());
        for (JsonField b : w.items("breaks")) {
            breaks.add(slots.slot(b));
        }
        return new Week(days, periods, breaks);
    }

    private static LocalTime time(JsonField p, String name) {
        String text = p.text(name, "");
        try {
            return text.isEmpty() ? null : LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw p.get(name).error("'" + text + "' is not a time such as 08:00");
        }
    }

    private List<StudentSet> studentSets(JsonField root) {
        List<JsonField> items = root.items("studentSets");
        for (JsonField s : items) {
            unique(setIds, s, "student set");
        }
        List<StudentSet> sets = new ArrayList<>();
        for (JsonField s : items) {
            String id = s.text("id");
            StudentSet.Kind kind;
            try {
                kind = StudentSet.Kind.valueOf(s.text("kind", "GROUP").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw s.get("kind").error("must be YEAR, GROUP or SUBGROUP");
            }
            List<String> atoms = s.get("subgroups").present() ? s.texts("subgroups") : List.of(id);
            if (atoms.isEmpty()) {
                throw s.get("subgroups").error("must name at least one subgroup (the set itself when it has none)");
            }
            sets.add(new StudentSet(id, kind, s.integer("size", 0), new LinkedHashSet<>(atoms)));
        }
        return sets;
    }

    private Lesson lesson(JsonField l) {
        String id = unique(lessonIds, l, "lesson");
        List<String> teachers = l.texts("teachers");
        for (int i = 0; i < teachers.size(); i++) {
            JsonReferences.require(teacherIds, teachers.get(i), l.get("teachers").items().get(i), "teacher");
        }
        List<String> sets = l.texts("studentSets");
        for (int i = 0; i < sets.size(); i++) {
            JsonReferences.require(setIds, sets.get(i), l.get("studentSets").items().get(i), "student set");
        }
        int duration = l.integer("duration", 1);
        if (duration < 1) {
            throw l.get("duration").error("must be at least 1");
        }
        return new Lesson(id, l.text("subject", ""), l.texts("tags"), teachers, sets, duration, room(l.get("room")),
                weeks(l.get("weeks")), l.text("splitId", ""), l.integer("splitIndex", 0));
    }

    private RoomRequirement room(JsonField r) {
        if (!r.present()) {
            return RoomRequirement.NONE;
        }
        List<String> allowed = r.texts("allowed");
        for (int i = 0; i < allowed.size(); i++) {
            JsonReferences.require(roomIds, allowed.get(i), r.get("allowed").items().get(i), "room");
        }
        return new RoomRequirement(r.bool("needsRoom", true), new LinkedHashSet<>(allowed), r.text("type", ""),
                r.integer("minCapacity", 0));
    }

    private static WeekPattern weeks(JsonField w) {
        if (!w.present()) {
            return WeekPattern.EVERY_WEEK;
        }
        if (w.node().isTextual()) {
            return switch (w.asText()) {
                case "A" -> WeekPattern.WEEK_A;
                case "B" -> WeekPattern.WEEK_B;
                case "every week" -> WeekPattern.EVERY_WEEK;
                default -> throw w.error("must be \"A\", \"B\", \"every week\" or {name, cycleLength, weeks}");
            };
        }
        try {
            return new WeekPattern(w.text("name", ""), w.integer("cycleLength"),
                    new LinkedHashSet<>(w.items("weeks").stream().map(JsonField::asInt).toList()));
        } catch (IllegalArgumentException e) {
            throw w.error("weeks must be distinct numbers in [0, cycleLength)");
        }
    }

    private static String unique(Set<String> ids, JsonField item, String what) {
        String id = item.text("id");
        if (!ids.add(id)) {
            throw item.get("id").error(what + " id '" + id + "' is declared twice");
        }
        return id;
    }
}

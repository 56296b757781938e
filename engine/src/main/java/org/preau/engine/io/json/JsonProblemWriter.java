package org.preau.engine.io.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.Period;
import org.preau.engine.model.Room;
import org.preau.engine.model.StudentSet;
import org.preau.engine.model.Teacher;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.WeekPattern;

/**
 * Writes a problem as JSON:
 * <pre>
 * {"format": "preau-problem/1", "name": "Collège 650",
 *  "week": {"days": ["Lundi", ...], "periods": [{"name": "M1", "start": "08:00", "end": "08:55"}, ...],
 *           "breaks": [{"day": 2, "period": 5}, ...]},
 *  "teachers": [{"id": "T1", "name": "Mme Martin"}],
 *  "studentSets": [{"id": "4e B", "kind": "GROUP", "size": 27, "subgroups": ["4e B"]}],
 *  "rooms": [{"id": "LAB1", "name": "Labo 1", "type": "labo", "capacity": 30, "building": "A"}],  (building optional)
 *  "lessons": [{"id": "L1", "subject": "Maths", "tags": [], "teachers": ["T1"], "studentSets": ["4e B"],
 *               "duration": 1, "room": {"needsRoom": true, "allowed": [], "type": "labo", "minCapacity": 0},
 *               "weeks": "A", "splitId": "", "splitIndex": 0}],
 *  "constraints": [{"type": "MaxGapsPerDay", "resource": {"kind": "STUDENTS", "id": "4e B"}, "max": 1, "weight": 95}]}
 * </pre>
 * Slots are indexes {@code {"day", "period"}} into the week; "weeks" is "A", "B" or {name, cycleLength, weeks};
 * "room" is absent when the lesson needs none. Sets are written sorted, so a problem always gives the same file.
 */
final class JsonProblemWriter {

    static final String FORMAT = "preau-problem/1";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    ObjectNode write(TimetableProblem p) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("name", p.name());
        ObjectNode week = root.putObject("week");
        ArrayNode days = week.putArray("days");
        p.week().days().forEach(d -> days.add(d.name()));
        ArrayNode periods = week.putArray("periods");
        for (Period period : p.week().periods()) {
            ObjectNode node = periods.addObject().put("name", period.name());
            if (period.start() != null) {
                node.put("start", period.start().toString());
            }
            if (period.end() != null) {
                node.put("end", period.end().toString());
            }
        }
        ArrayNode breaks = week.putArray("breaks");
        p.week().breaks().stream().sorted(JsonConstraints::stableOrder).forEach(b -> breaks.add(JsonConstraints.slot(b)));
        ArrayNode teachers = root.putArray("teachers");
        for (Teacher t : p.teachers()) {
            teachers.addObject().put("id", t.id()).put("name", t.name());
        }
        ArrayNode sets = root.putArray("studentSets");
        for (StudentSet s : p.studentSets()) {
            ObjectNode node = sets.addObject().put("id", s.id()).put("kind", s.kind().name()).put("size", s.size());
            ArrayNode atoms = node.putArray("subgroups");
            s.subgroupIds().stream().sorted().forEach(atoms::add);
        }
        ArrayNode rooms = root.putArray("rooms");
        for (Room r : p.rooms()) {
            ObjectNode room = rooms.addObject().put("id", r.id()).put("name", r.name()).put("type", r.type()).put("capacity", r.capacity());
            if (!r.building().isEmpty()) {
                room.put("building", r.building());
            }
        }
        ArrayNode lessons = root.putArray("lessons");
        p.lessons().forEach(l -> lessons.add(lesson(l)));
        ArrayNode constraints = root.putArray("constraints");
        for (Constraint c : p.constraints()) {
            constraints.add(JsonConstraints.write(c));
        }
        return root;
    }

    private static ObjectNode lesson(Lesson l) {
        ObjectNode node = NODES.objectNode().put("id", l.id()).put("subject", l.subject());
        ArrayNode tags = node.putArray("tags");
        l.tags().forEach(tags::add);
        ArrayNode teachers = node.putArray("teachers");
        l.teacherIds().forEach(teachers::add);
        ArrayNode sets = node.putArray("studentSets");
        l.studentSetIds().forEach(sets::add);
        node.put("duration", l.duration());
        if (l.room().needsRoom() || !l.room().allowedRoomIds().isEmpty() || !l.room().roomType().isEmpty()) {
            ObjectNode room = node.putObject("room").put("needsRoom", l.room().needsRoom());
            ArrayNode allowed = room.putArray("allowed");
            l.room().allowedRoomIds().stream().sorted().forEach(allowed::add);
            room.put("type", l.room().roomType()).put("minCapacity", l.room().minCapacity());
        }
        WeekPattern w = l.weeks();
        if (w.equals(WeekPattern.WEEK_A) || w.equals(WeekPattern.WEEK_B)) {
            node.put("weeks", w.name());
        } else if (!w.equals(WeekPattern.EVERY_WEEK)) {
            ObjectNode weeks = node.putObject("weeks").put("name", w.name()).put("cycleLength", w.cycleLength());
            ArrayNode list = weeks.putArray("weeks");
            w.weeks().stream().sorted(Comparator.naturalOrder()).forEach(list::add);
        }
        if (!l.splitId().isEmpty()) {
            node.put("splitId", l.splitId()).put("splitIndex", l.splitIndex());
        }
        return node;
    }
}

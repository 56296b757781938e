package org.preau.engine.io.fet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.Placement;
import org.preau.engine.model.Room;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Timetable;
import org.preau.engine.model.TimetableProblem;

/**
 * Reads a solution in FET's activities-timetable format ({@code <Activities_Timetable><Activity><Id>1</Id>
 * <Day>Monday</Day><Hour>08:00</Hour><Room>R12</Room></Activity>...}) against its problem. Names are matched
 * exactly, then ignoring surrounding whitespace; errors name the file, line and element.
 */
public final class FetTimetableReader {

    private FetTimetableReader() {
    }

    public static Timetable read(Path file, TimetableProblem problem) {
        XmlElement root = XmlTreeReader.read(file);
        if (!root.name.equals("Activities_Timetable")) {
            throw error(file, root, "root element is <" + root.name + ">, expected <Activities_Timetable>");
        }
        List<String> days = problem.week().days().stream().map(d -> d.name()).toList();
        List<String> hours = problem.week().periods().stream().map(p -> p.name()).toList();
        List<String> lessons = problem.lessons().stream().map(Lesson::id).toList();
        List<String> rooms = problem.rooms().stream().map(Room::id).toList();
        List<Placement> placements = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (XmlElement a : root.all("Activity")) {
            String id = find(file, a, "Id", lessons, "activity");
            if (!seen.add(id)) {
                throw error(file, a, "activity " + id.trim() + " is placed twice");
            }
            int day = days.indexOf(find(file, a, "Day", days, "day"));
            int hour = hours.indexOf(find(file, a, "Hour", hours, "hour"));
            XmlElement room = a.first("Room");
            String roomId = room == null || room.text().isBlank() ? "" : find(file, a, "Room", rooms, "room");
            placements.add(new Placement(id, new Slot(day, hour), roomId));
        }
        return new Timetable(problem, placements);
    }

    private static String find(Path file, XmlElement parent, String child, List<String> names, String what) {
        XmlElement e = parent.first(child);
        if (e == null) {
            throw error(file, parent, "missing <" + child + ">");
        }
        if (names.contains(e.text())) {
            return e.text();
        }
        for (String name : names) {
            if (name.trim().equals(e.text().trim())) {
                return name;
            }
        }
        throw error(file, e, "unknown " + what + " '" + e.text().trim() + "'");
    }

    private static FetImportException error(Path file, XmlElement where, String message) {
        return new FetImportException(file + ":" + where.line + ": <" + where.name + ">: " + message);
    }
}

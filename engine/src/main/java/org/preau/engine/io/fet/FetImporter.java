package org.preau.engine.io.fet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.preau.engine.model.Day;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.Period;
import org.preau.engine.model.Room;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.StudentSet;
import org.preau.engine.model.Teacher;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.Week;
import org.preau.engine.model.WeekPattern;

/**
 * Reads a FET 5.x / 6.x {@code .fet} file (official mode) into the engine's model. Names are kept exactly as
 * written (whitespace included) so that the solution can repeat them; references are resolved exactly first,
 * then ignoring surrounding whitespace.
 */
public final class FetImporter {

    private final Path file;
    final List<Day> days = new ArrayList<>();
    final List<Period> periods = new ArrayList<>();
    final Map<String, Teacher> teachers = new LinkedHashMap<>();
    final Map<String, StudentSet> studentSets = new LinkedHashMap<>();
    final Map<String, Room> rooms = new LinkedHashMap<>();
    final Map<String, FetActivity> activities = new LinkedHashMap<>();
    final Set<String> inactiveActivityIds = new LinkedHashSet<>();
    final List<Lesson> lessons = new ArrayList<>();

    private FetImporter(Path file) {
        this.file = file;
    }

    /**
     * @throws FetImportException when the file is not a usable FET file
     * @throws UnsupportedConstraintsException when it has active 100% constraints the engine cannot enforce
     */
    public static FetImport read(Path file) {
        return new FetImporter(file).readAll();
    }

    private FetImport readAll() {
        XmlElement root = XmlTreeReader.read(file);
        if (!root.name.equals("fet")) {
            throw error(root, "root element is <" + root.name + ">, expected <fet>");
        }
        String mode = root.textOf("Mode", "Official").trim();
        if (!mode.isEmpty() && !mode.equalsIgnoreCase("Official")) {
            throw error(root.first("Mode"), "FET mode '" + mode + "' is not supported (official mode only)");
        }
        readNames(require(root, "Days_List"), "Day", days, true);
        readNames(require(root, "Hours_List"), "Hour", periods, false);
        for (XmlElement teacher : require(root, "Teachers_List").all("Teacher")) {
            String name = nameOf(teacher);
            teachers.put(name, new Teacher(name, name));
        }
        readStudents(require(root, "Students_List"));
        XmlElement roomList = root.first("Rooms_List");
        if (roomList != null) {
            for (XmlElement room : roomList.all("Room")) {
                String name = nameOf(room);
                rooms.put(name, new Room(name, name, "", parseInt(room, "Capacity", 0), room.textOf("Building", "").trim()));
            }
        }
        readActivities(require(root, "Activities_List"));
        FetConstraintReader constraints = new FetConstraintReader(this);
        constraints.readTime(root.first("Time_Constraints_List"));
        constraints.readSpace(root.first("Space_Constraints_List"));
        constraints.refuseUnsupportedHardConstraints();
        Week week = new Week(days, periods, constraints.breaks());
        TimetableProblem problem = new TimetableProblem(root.textOf("Institution_Name", file.getFileName().toString()).trim(),
                week, List.copyOf(teachers.values()), List.copyOf(studentSets.values()), List.copyOf(rooms.values()),
                lessons, constraints.constraints());
        return new FetImport(problem, constraints.counts(), constraints.warnings());
    }

    private <T> void readNames(XmlElement list, String tag, List<T> into, boolean isDay) {
        for (XmlElement element : list.all(tag)) {
            String name = nameOf(element);
            int index = into.size();
            @SuppressWarnings("unchecked")
            T item = (T) (isDay ? new Day(index, name) : Period.named(index, name));
            into.add(item);
        }
        if (into.isEmpty()) {
            throw error(list, "no <" + tag + "> declared");
        }
    }

    private void readStudents(XmlElement list) {
        for (XmlElement year : list.all("Year")) {
            Set<String> yearAtoms = new LinkedHashSet<>();
            for (XmlElement group : year.all("Group")) {
                Set<String> groupAtoms = new LinkedHashSet<>();
                for (XmlElement subgroup : group.all("Subgroup")) {
                    String name = nameOf(subgroup);
                    groupAtoms.add(name);
                    studentSets.putIfAbsent(name, new StudentSet(name, StudentSet.Kind.SUBGROUP,
                            parseInt(subgroup, "Number_of_Students", 0), Set.of(name)));
                }
                String groupName = nameOf(group);
                if (groupAtoms.isEmpty()) {
                    groupAtoms.add(groupName);
                }
                merge(groupName, StudentSet.Kind.GROUP, parseInt(group, "Number_of_Students", 0), groupAtoms);
                yearAtoms.addAll(groupAtoms);
            }
            String yearName = nameOf(year);
            if (yearAtoms.isEmpty()) {
                yearAtoms.add(yearName);
            }
            merge(yearName, StudentSet.Kind.YEAR, parseInt(year, "Number_of_Students", 0), yearAtoms);
        }
    }

    /** FET lets one group appear in several years (and a subgroup in several groups): same name, same pupils. */
    private void merge(String name, StudentSet.Kind kind, int size, Set<String> atoms) {
        StudentSet known = studentSets.get(name);
        if (known != null) {
            Set<String> union = new LinkedHashSet<>(known.subgroupIds());
            union.addAll(atoms);
            studentSets.put(name, new StudentSet(name, known.kind(), Math.max(size, known.size()), union));
        } else {
            studentSets.put(name, new StudentSet(name, kind, size, atoms));
        }
    }

    private void readActivities(XmlElement list) {
        Map<String, Integer> componentCounter = new HashMap<>();
        for (XmlElement activity : list.all("Activity")) {
            String id = require(activity, "Id").text().trim();
            String groupId = activity.textOf("Activity_Group_Id", "0").trim();
            // FET counts an activity that is not split as the first component of its own group ("subactivities"
            // constraints of component 1 apply to it): fet-cl refused italy-liceo's timetable otherwise
            int component = 1;
            if (!groupId.isEmpty() && !groupId.equals("0")) {
                component = componentCounter.merge(groupId, 1, Integer::sum);
            }
            if (activity.textOf("Active", "true").trim().equalsIgnoreCase("false")) {
                inactiveActivityIds.add(id);
                continue;
            }
            List<String> teacherNames = new ArrayList<>();
            for (XmlElement teacher : activity.all("Teacher")) {
                teacherNames.add(teacher(teacher.text(), teacher));
            }
            List<String> studentNames = new ArrayList<>();
            for (XmlElement students : activity.all("Students")) {
                studentNames.add(students(students.text(), students));
            }
            int duration = parseInt(activity, "Duration", 1);
            if (duration < 1 || duration > periods.size()) {
                throw error(activity.first("Duration"), "activity " + id + " has duration " + duration);
            }
            if (activities.containsKey(id)) {
                throw error(activity, "activity id " + id + " is declared twice");
            }
            String subject = activity.textOf("Subject", "");
            List<String> tags = activity.textsOf("Activity_Tag");
            FetActivity fet = new FetActivity(id, teacherNames, subject, tags, studentNames, duration,
                    groupId.equals("0") ? "" : groupId, component);
            activities.put(id, fet);
            lessons.add(new Lesson(id, subject, tags, teacherNames, studentNames, duration, roomFor(activity),
                    WeekPattern.EVERY_WEEK, fet.groupId(), component));
        }
    }

    /**
     * No room unless a room rule asks for one (FET's default); an activity's own number of pupils, when the file
     * gives one instead of the students sets' sizes, is the smallest room it may take: fet-cl refuses a room too
     * small for it (fet-data's THE-2008-2009-exams-sep, Greece, gives it for 72 of its 86 exams).
     */
    private RoomRequirement roomFor(XmlElement activity) {
        int pupils = parseInt(activity, "Number_Of_Students", 0);
        return pupils > 0 ? new RoomRequirement(false, Set.of(), "", pupils) : RoomRequirement.NONE;
    }

    int studentsCount(FetActivity activity) {
        int count = 0;
        for (String set : activity.students()) {
            count += studentSets.get(set).size();
        }
        return count;
    }

    String teacher(String name, XmlElement where) {
        return resolve(teachers.keySet(), name, where, "teacher");
    }

    String students(String name, XmlElement where) {
        return resolve(studentSets.keySet(), name, where, "students set");
    }

    String room(String name, XmlElement where) {
        return resolve(rooms.keySet(), name, where, "room");
    }

    String resolve(Set<String> names, String name, XmlElement where, String what) {
        if (names.contains(name)) {
            return name;
        }
        for (String known : names) {
            if (known.trim().equals(name.trim())) {
                return known;
            }
        }
        throw error(where, "unknown " + what + " '" + name.trim() + "'");
    }

    static String nameOf(XmlElement element) {
        XmlElement name = element.first("Name");
        return name != null ? name.text() : element.text().trim();
    }

    XmlElement require(XmlElement parent, String child) {
        XmlElement found = parent.first(child);
        if (found == null) {
            throw error(parent, "missing <" + child + ">");
        }
        return found;
    }

    int parseInt(XmlElement parent, String child, int fallback) {
        XmlElement element = parent.first(child);
        if (element == null || element.text().isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(element.text().trim());
        } catch (NumberFormatException e) {
            throw error(element, "'" + element.text().trim() + "' is not a whole number");
        }
    }

    FetImportException error(XmlElement where, String message) {
        return new FetImportException(file + ":" + where.line + ": <" + where.name + ">: " + message);
    }

    Path file() {
        return file;
    }
}

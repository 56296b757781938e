package org.preau.engine.io.fet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.*;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Weight;

/**
 * Turns FET's time and space constraints into {@link Constraint}s. FET's "all teachers" / "all students"
 * forms become one constraint per teacher / per year. A hard constraint of a type without a mapping is
 * collected and refused; a soft one is ignored with a warning.
 */
final class FetConstraintReader {

    private final FetImporter in;
    private final List<Constraint> constraints = new ArrayList<>();
    private final Set<Slot> breaks = new HashSet<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, Integer> unsupportedHard = new TreeMap<>();
    private final Map<String, Integer> ignoredSoft = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();

    FetConstraintReader(FetImporter in) {
        this.in = in;
    }

    void readTime(XmlElement list) {
        read(list);
    }

    void readSpace(XmlElement list) {
        read(list);
    }

    private void read(XmlElement list) {
        if (list == null) {
            return;
        }
        for (XmlElement c : list.children) {
            if (c.textOf("Active", "true").trim().equalsIgnoreCase("false")) {
                continue;
            }
            double percent = parseWeight(c);
            if (percent <= 0) {
                continue;
            }
            counts.merge(c.name, 1, Integer::sum);
            Weight weight = percent >= 100 ? Weight.HARD : Weight.soft(percent);
            if (!map(c, weight)) {
                (weight.isHard() ? unsupportedHard : ignoredSoft).merge(c.name, 1, Integer::sum);
            }
        }
    }

    void refuseUnsupportedHardConstraints() {
        if (!unsupportedHard.isEmpty()) {
            throw new UnsupportedConstraintsException(in.file().toString(), unsupportedHard);
        }
        ignoredSoft.forEach((type, n) -> warnings.add("ignored " + n + " soft constraint(s) of unsupported type " + type));
    }

    List<Constraint> constraints() {
        return constraints;
    }

    Set<Slot> breaks() {
        return breaks;
    }

    Map<String, Integer> counts() {
        return counts;
    }

    List<String> warnings() {
        return warnings;
    }

    /** @return whether the type is supported */
    private boolean map(XmlElement c, Weight w) {
        switch (c.name) {
            case "ConstraintBasicCompulsoryTime", "ConstraintBasicCompulsorySpace" -> { }
            case "ConstraintBreakTimes" -> {
                if (!w.isHard()) {
                    return false;
                }
                breaks.addAll(slots(c, "Break_Time", "Day", "Hour"));
            }
            case "ConstraintTeacherNotAvailableTimes" -> add(new Unavailable(
                    ResourceRef.teacher(in.teacher(text(c, "Teacher"), c)), slots(c, "Not_Available_Time", "Day", "Hour"), w));
            case "ConstraintStudentsSetNotAvailableTimes" -> add(new Unavailable(
                    ResourceRef.students(in.students(text(c, "Students"), c)), slots(c, "Not_Available_Time", "Day", "Hour"), w));
            case "ConstraintRoomNotAvailableTimes" -> add(new Unavailable(
                    ResourceRef.room(in.room(text(c, "Room"), c)), slots(c, "Not_Available_Time", "Day", "Hour"), w));
            case "ConstraintMinDaysBetweenActivities" -> add(new MinDaysBetween(activityIds(c, "Activity_Id"),
                    num(c, "MinDays"), bool(c, "Consecutive_If_Same_Day"), w));
            case "ConstraintMaxDaysBetweenActivities" -> add(new MaxDaysBetween(activityIds(c, "Activity_Id"), num(c, "MaxDays"), w));
            case "ConstraintActivityPreferredStartingTime" -> {
                Slot slot = slot(c, "Preferred_Day", "Preferred_Hour");
                if (slot != null) {
                    add(new PreferredStarts(activityIds(c, "Activity_Id"), Set.of(slot), w));
                }
            }
            case "ConstraintActivityPreferredStartingTimes" -> add(new PreferredStarts(activityIds(c, "Activity_Id"),
                    slots(c, "Preferred_Starting_Time", "Preferred_Starting_Day", "Preferred_Starting_Hour"), w));
            case "ConstraintActivitiesPreferredStartingTimes", "ConstraintSubactivitiesPreferredStartingTimes" ->
                    add(new PreferredStarts(filtered(c), slots(c, "Preferred_Starting_Time", "Preferred_Starting_Day",
                            "Preferred_Starting_Hour"), w));
            case "ConstraintActivityPreferredTimeSlots" -> add(new PreferredSlots(activityIds(c, "Activity_Id"),
                    slots(c, "Preferred_Time_Slot", "Preferred_Day", "Preferred_Hour"), w));
            case "ConstraintActivitiesPreferredTimeSlots", "ConstraintSubactivitiesPreferredTimeSlots" ->
                    add(new PreferredSlots(filtered(c), slots(c, "Preferred_Time_Slot", "Preferred_Day", "Preferred_Hour"), w));
            case "ConstraintActivitiesSameStartingTime" -> add(new SameStartingTime(activityIds(c, "Activity_Id"), w));
            case "ConstraintActivitiesSameStartingDay" -> add(new SameDay(activityIds(c, "Activity_Id"), w));
            case "ConstraintActivitiesSameStartingHour" -> add(new SameStartingPeriod(activityIds(c, "Activity_Id"), w));
            case "ConstraintActivitiesNotOverlapping" -> add(new NotOverlapping(activityIds(c, "Activity_Id"), w));
            case "ConstraintTwoActivitiesConsecutive" -> pair(c, w, Consecutive::new);
            case "ConstraintTwoActivitiesOrdered" -> pair(c, w, Ordered::new);
            case "ConstraintTwoActivitiesOrderedIfSameDay" -> pair(c, w, OrderedIfSameDay::new);
            case "ConstraintTwoActivitiesGrouped" -> add(new Grouped(
                    activityIds(c, "First_Activity_Id", "Second_Activity_Id"), w));
            case "ConstraintThreeActivitiesGrouped" -> add(new Grouped(
                    activityIds(c, "First_Activity_Id", "Second_Activity_Id", "Third_Activity_Id"), w));
            case "ConstraintActivitiesOccupyMaxTimeSlotsFromSelection" -> add(new MaxOccupiedSlots(activityIds(c, "Activity_Id"),
                    slots(c, "Selected_Time_Slot", "Selected_Day", "Selected_Hour"), num(c, "Max_Number_of_Occupied_Time_Slots"), w));
            case "ConstraintActivitiesMaxSimultaneousInSelectedTimeSlots" -> add(new MaxSimultaneousInSlots(activityIds(c, "Activity_Id"),
                    slots(c, "Selected_Time_Slot", "Selected_Day", "Selected_Hour"), num(c, "Max_Number_of_Simultaneous_Activities"), w));
            case "ConstraintMinGapsBetweenActivities" -> add(new MinGapsBetween(activityIds(c, "Activity_Id"), num(c, "MinGaps"), w));
            case "ConstraintActivityEndsStudentsDay" -> add(new EndsStudentsDay(activityIds(c, "Activity_Id"), w));
            case "ConstraintActivitiesEndStudentsDay" -> add(new EndsStudentsDay(filtered(c), w));
            // per-resource rules: teacher(s) / students set / all students
            case "ConstraintTeacherMaxHoursDaily", "ConstraintTeachersMaxHoursDaily",
                 "ConstraintStudentsSetMaxHoursDaily", "ConstraintStudentsMaxHoursDaily" ->
                    each(c, r -> new MaxHoursDaily(r, num(c, "Maximum_Hours_Daily"), "", w));
            case "ConstraintTeacherActivityTagMaxHoursDaily", "ConstraintTeachersActivityTagMaxHoursDaily",
                 "ConstraintStudentsSetActivityTagMaxHoursDaily", "ConstraintStudentsActivityTagMaxHoursDaily" ->
                    each(c, r -> new MaxHoursDaily(r, num(c, "Maximum_Hours_Daily"), tagName(c), w));
            case "ConstraintTeacherMaxHoursContinuously", "ConstraintTeachersMaxHoursContinuously",
                 "ConstraintStudentsSetMaxHoursContinuously", "ConstraintStudentsMaxHoursContinuously" ->
                    each(c, r -> new MaxHoursContinuously(r, num(c, "Maximum_Hours_Continuously"), "", w));
            case "ConstraintTeacherActivityTagMaxHoursContinuously", "ConstraintTeachersActivityTagMaxHoursContinuously",
                 "ConstraintStudentsSetActivityTagMaxHoursContinuously", "ConstraintStudentsActivityTagMaxHoursContinuously" ->
                    each(c, r -> new MaxHoursContinuously(r, num(c, "Maximum_Hours_Continuously"),
                            tagName(c), w));
            case "ConstraintTeacherMinHoursDaily", "ConstraintTeachersMinHoursDaily",
                 "ConstraintStudentsSetMinHoursDaily", "ConstraintStudentsMinHoursDaily" ->
                    each(c, r -> new MinHoursDaily(r, num(c, "Minimum_Hours_Daily"),
                            c.first("Allow_Empty_Days") == null ? r.kind() == ResourceRef.Kind.TEACHER : bool(c, "Allow_Empty_Days"), w));
            case "ConstraintTeacherMaxGapsPerWeek", "ConstraintTeachersMaxGapsPerWeek",
                 "ConstraintStudentsSetMaxGapsPerWeek", "ConstraintStudentsMaxGapsPerWeek" ->
                    each(c, r -> new MaxGapsPerWeek(r, num(c, "Max_Gaps"), w));
            case "ConstraintTeacherMaxGapsPerDay", "ConstraintTeachersMaxGapsPerDay",
                 "ConstraintStudentsSetMaxGapsPerDay", "ConstraintStudentsMaxGapsPerDay" ->
                    each(c, r -> new MaxGapsPerDay(r, num(c, "Max_Gaps"), w));
            case "ConstraintTeacherMaxDaysPerWeek", "ConstraintTeachersMaxDaysPerWeek",
                 "ConstraintStudentsSetMaxDaysPerWeek", "ConstraintStudentsMaxDaysPerWeek" ->
                    each(c, r -> new MaxDaysPerWeek(r, num(c, "Max_Days_Per_Week"), w));
            case "ConstraintTeacherMinDaysPerWeek", "ConstraintTeachersMinDaysPerWeek" ->
                    each(c, r -> new MinDaysPerWeek(r, num(c, "Minimum_Days_Per_Week"), w));
            case "ConstraintTeacherIntervalMaxDaysPerWeek", "ConstraintTeachersIntervalMaxDaysPerWeek",
                 "ConstraintStudentsSetIntervalMaxDaysPerWeek", "ConstraintStudentsIntervalMaxDaysPerWeek" -> {
                int from = hour(c, "Interval_Start_Hour", false);
                int to = hour(c, "Interval_End_Hour", true);
                each(c, r -> new IntervalMaxDaysPerWeek(r, from, to, num(c, "Max_Days_Per_Week"), w));
            }
            case "ConstraintTeacherMaxSpanPerDay", "ConstraintTeachersMaxSpanPerDay",
                 "ConstraintStudentsSetMaxSpanPerDay", "ConstraintStudentsMaxSpanPerDay" ->
                    each(c, r -> new MaxSpanPerDay(r, num(c, "Max_Span"), bool(c, "Allow_One_Day_Exception_of_Plus_One"), w));
            case "ConstraintTeacherMinRestingHours", "ConstraintTeachersMinRestingHours",
                 "ConstraintStudentsSetMinRestingHours", "ConstraintStudentsMinRestingHours" ->
                    each(c, r -> new MinRestingHours(r, num(c, "Minimum_Resting_Hours"), bool(c, "Circular"), w));
            case "ConstraintTeacherMinGapsBetweenOrderedPairOfActivityTags", "ConstraintTeachersMinGapsBetweenOrderedPairOfActivityTags",
                 "ConstraintStudentsSetMinGapsBetweenOrderedPairOfActivityTags", "ConstraintStudentsMinGapsBetweenOrderedPairOfActivityTags" ->
                    each(c, r -> new MinGapsBetweenTags(r, text(c, "First_Activity_Tag"), text(c, "Second_Activity_Tag"),
                            num(c, "MinGaps"), w));
            case "ConstraintStudentsSetEarlyMaxBeginningsAtSecondHour", "ConstraintStudentsEarlyMaxBeginningsAtSecondHour" ->
                    each(c, r -> new EarlyMaxBeginningsAtSecondHour(r, num(c, "Max_Beginnings_At_Second_Hour"), w));
            // buildings (declared on rooms)
            case "ConstraintTeacherMaxBuildingChangesPerDay", "ConstraintTeachersMaxBuildingChangesPerDay",
                 "ConstraintStudentsSetMaxBuildingChangesPerDay", "ConstraintStudentsMaxBuildingChangesPerDay" ->
                    each(c, r -> new MaxBuildingChangesPerDay(r, num(c, "Max_Building_Changes_Per_Day"), w));
            case "ConstraintTeacherMaxBuildingChangesPerWeek", "ConstraintTeachersMaxBuildingChangesPerWeek",
                 "ConstraintStudentsSetMaxBuildingChangesPerWeek", "ConstraintStudentsMaxBuildingChangesPerWeek" ->
                    each(c, r -> new MaxBuildingChangesPerWeek(r, num(c, "Max_Building_Changes_Per_Week"), w));
            case "ConstraintTeacherMinGapsBetweenBuildingChanges", "ConstraintTeachersMinGapsBetweenBuildingChanges",
                 "ConstraintStudentsSetMinGapsBetweenBuildingChanges", "ConstraintStudentsMinGapsBetweenBuildingChanges" ->
                    each(c, r -> new MinGapsBetweenBuildingChanges(r, num(c, "Min_Gaps_Between_Building_Changes"), w));
            // rooms
            case "ConstraintActivityPreferredRoom" -> add(new PreferredRooms(activityIds(c, "Activity_Id"),
                    Set.of(in.room(text(c, "Room"), c)), w));
            case "ConstraintActivityPreferredRooms" -> add(new PreferredRooms(activityIds(c, "Activity_Id"),
                    rooms(c, "Preferred_Room"), w));
            case "ConstraintSubjectPreferredRoom" -> add(new PreferredRooms(ofSubjectAndTag(c, text(c, "Subject"), ""),
                    Set.of(in.room(text(c, "Room"), c)), w));
            case "ConstraintSubjectPreferredRooms" -> add(new PreferredRooms(ofSubjectAndTag(c, text(c, "Subject"), ""),
                    rooms(c, "Preferred_Room"), w));
            case "ConstraintActivityTagPreferredRoom" -> add(new PreferredRooms(ofSubjectAndTag(c, "", text(c, "Activity_Tag")),
                    Set.of(in.room(text(c, "Room"), c)), w));
            case "ConstraintActivityTagPreferredRooms" -> add(new PreferredRooms(ofSubjectAndTag(c, "", text(c, "Activity_Tag")),
                    rooms(c, "Preferred_Room"), w));
            case "ConstraintSubjectActivityTagPreferredRoom" -> add(new PreferredRooms(
                    ofSubjectAndTag(c, text(c, "Subject"), text(c, "Activity_Tag")), Set.of(in.room(text(c, "Room"), c)), w));
            case "ConstraintSubjectActivityTagPreferredRooms" -> add(new PreferredRooms(
                    ofSubjectAndTag(c, text(c, "Subject"), text(c, "Activity_Tag")), rooms(c, "Preferred_Room"), w));
            case "ConstraintActivitiesOccupyMaxDifferentRooms" -> add(new MaxDifferentRooms(activityIds(c, "Activity_Id"),
                    num(c, "Max_Number_of_Different_Rooms"), w));
            case "ConstraintActivitiesSameRoomIfConsecutive" -> add(new SameRoomIfConsecutive(activityIds(c, "Activity_Id"), w));
            case "ConstraintTeacherHomeRoom" -> add(new HomeRoom(ResourceRef.teacher(in.teacher(text(c, "Teacher"), c)),
                    Set.of(in.room(text(c, "Room"), c)), w));
            case "ConstraintTeacherHomeRooms" -> add(new HomeRoom(ResourceRef.teacher(in.teacher(text(c, "Teacher"), c)),
                    rooms(c, "Preferred_Room"), w));
            case "ConstraintStudentsSetHomeRoom" -> add(new HomeRoom(ResourceRef.students(in.students(text(c, "Students"), c)),
                    Set.of(in.room(text(c, "Room"), c)), w));
            case "ConstraintStudentsSetHomeRooms" -> add(new HomeRoom(ResourceRef.students(in.students(text(c, "Students"), c)),
                    rooms(c, "Preferred_Room"), w));
            default -> {
                return false;
            }
        }
        return true;
    }

    private void add(Constraint constraint) {
        constraints.add(constraint);
    }

    private void pair(XmlElement c, Weight w, PairFactory factory) {
        List<String> ids = activityIds(c, "First_Activity_Id", "Second_Activity_Id");
        if (ids.size() == 2) {
            add(factory.create(ids.get(0), ids.get(1), w));
        }
    }

    private interface PairFactory {
        Constraint create(String first, String second, Weight weight);
    }

    /** One constraint per resource: the named teacher / students set, or every teacher / every year. */
    private void each(XmlElement c, Function<ResourceRef, Constraint> factory) {
        boolean teachers = c.name.startsWith("ConstraintTeacher");
        boolean all = c.name.startsWith("ConstraintTeachers") || c.name.startsWith("ConstraintStudents")
                && !c.name.startsWith("ConstraintStudentsSet");
        if (teachers && !all) {
            String name = c.first("Teacher_Name") != null ? text(c, "Teacher_Name") : text(c, "Teacher");
            add(factory.apply(ResourceRef.teacher(in.teacher(name, c))));
        } else if (teachers) {
            in.teachers.keySet().forEach(t -> add(factory.apply(ResourceRef.teacher(t))));
        } else if (!all) {
            add(factory.apply(ResourceRef.students(in.students(text(c, "Students"), c))));
        } else {
            in.studentSets.values().stream().filter(s -> s.kind() == org.preau.engine.model.StudentSet.Kind.YEAR)
                    .forEach(s -> add(factory.apply(ResourceRef.students(s.id()))));
        }
    }

    /** Activities matched by FET's filter (teacher, students, subject, tag, duration; component for subactivities). */
    private List<String> filtered(XmlElement c) {
        String teacher = c.textOf("Teacher_Name", "");
        String students = c.textOf("Students_Name", "");
        String subject = c.textOf("Subject_Name", "");
        String tag = c.textOf("Activity_Tag_Name", "");
        String duration = c.textOf("Duration", "");
        int component = c.first("Component_Number") == null ? 0 : num(c, "Component_Number");
        if (!teacher.isEmpty()) {
            teacher = in.teacher(teacher, c);
        }
        Set<String> sharing = students.isEmpty() ? null : setsSharingPupilsWith(in.students(students, c));
        List<String> ids = new ArrayList<>();
        for (FetActivity a : in.activities.values()) {
            if (a.matches(teacher, sharing, subject, tag, duration) && (component == 0 || a.componentNumber() == component)) {
                ids.add(a.id());
            }
        }
        return ids;
    }

    /** Names of the students sets with a subgroup in common with {@code name} (itself included). */
    private Set<String> setsSharingPupilsWith(String name) {
        Set<String> atoms = in.studentSets.get(name).subgroupIds();
        Set<String> sharing = new HashSet<>();
        for (org.preau.engine.model.StudentSet set : in.studentSets.values()) {
            if (set.subgroupIds().stream().anyMatch(atoms::contains)) {
                sharing.add(set.id());
            }
        }
        return sharing;
    }

    private List<String> ofSubjectAndTag(XmlElement c, String subject, String tag) {
        List<String> ids = new ArrayList<>();
        for (FetActivity a : in.activities.values()) {
            if (a.matches("", null, subject.trim().isEmpty() ? "" : subject, tag.trim().isEmpty() ? "" : tag, "")) {
                ids.add(a.id());
            }
        }
        return ids;
    }

    /** Active activities among those referenced; references to inactive ones are dropped, unknown ones refused. */
    private List<String> activityIds(XmlElement c, String... tags) {
        List<String> ids = new ArrayList<>();
        for (String tag : tags) {
            for (XmlElement ref : c.all(tag)) {
                String id = ref.text().trim();
                if (in.activities.containsKey(id)) {
                    ids.add(id);
                } else if (!in.inactiveActivityIds.contains(id)) {
                    throw in.error(ref, "unknown activity id " + id);
                }
            }
        }
        return ids;
    }

    private Set<String> rooms(XmlElement c, String tag) {
        Set<String> rooms = new LinkedHashSet<>();
        for (XmlElement ref : c.all(tag)) {
            rooms.add(in.room(ref.text(), ref));
        }
        return rooms;
    }

    private Set<Slot> slots(XmlElement c, String tag, String dayTag, String hourTag) {
        Set<Slot> slots = new LinkedHashSet<>();
        for (XmlElement e : c.all(tag)) {
            Slot slot = slot(e, dayTag, hourTag);
            if (slot != null) {
                slots.add(slot);
            }
        }
        return slots;
    }

    private Slot slot(XmlElement e, String dayTag, String hourTag) {
        XmlElement day = in.require(e, dayTag);
        XmlElement hour = in.require(e, hourTag);
        int d = index(in.days.stream().map(x -> x.name()).toList(), day, "day");
        int h = index(in.periods.stream().map(x -> x.name()).toList(), hour, "hour");
        return new Slot(d, h);
    }

    /** An interval bound: an hour index, or the end of the day when empty and {@code endOfDayIfEmpty}. */
    private int hour(XmlElement c, String tag, boolean endOfDayIfEmpty) {
        XmlElement e = c.first(tag);
        if (e == null || e.text().isBlank()) {
            if (endOfDayIfEmpty) {
                return in.periods.size();
            }
            throw in.error(c, "missing <" + tag + ">");
        }
        return index(in.periods.stream().map(x -> x.name()).toList(), e, "hour");
    }

    private int index(List<String> names, XmlElement ref, String what) {
        int exact = names.indexOf(ref.text());
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).trim().equals(ref.text().trim())) {
                return i;
            }
        }
        throw in.error(ref, "unknown " + what + " '" + ref.text().trim() + "'");
    }

    /** Teachers' tag rules write Activity_Tag_Name, students' ones Activity_Tag. */
    private String tagName(XmlElement c) {
        return c.first("Activity_Tag_Name") != null ? text(c, "Activity_Tag_Name") : text(c, "Activity_Tag");
    }

    private String text(XmlElement c, String tag) {
        return in.require(c, tag).text();
    }

    private int num(XmlElement c, String tag) {
        in.require(c, tag);
        return in.parseInt(c, tag, 0);
    }

    private boolean bool(XmlElement c, String tag) {
        return c.textOf(tag, "false").trim().equalsIgnoreCase("true");
    }

    private double parseWeight(XmlElement c) {
        XmlElement w = c.first("Weight_Percentage");
        if (w == null) {
            return 100;
        }
        try {
            return Double.parseDouble(w.text().trim());
        } catch (NumberFormatException e) {
            throw in.error(w, "'" + w.text().trim() + "' is not a percentage");
        }
    }
}

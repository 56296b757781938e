package org.preau.engine.io.fet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.*;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Room;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Weight;

/** Writes the model's constraints as FET time and space constraints; what FET cannot say is counted in the notes. */
final class FetConstraintWriter {

    private final FetExporter e;
    private final FetXmlWriter xml;
    private final Map<String, Integer> dropped = new TreeMap<>();

    FetConstraintWriter(FetExporter exporter) {
        this.e = exporter;
        this.xml = exporter.xml;
    }

    void writeTime() {
        xml.open("Time_Constraints_List");
        open("ConstraintBasicCompulsoryTime", Weight.HARD).endConstraint();
        if (!e.problem.week().breaks().isEmpty()) {
            open("ConstraintBreakTimes", Weight.HARD).text("Number_of_Break_Times", e.problem.week().breaks().size());
            slots(e.problem.week().breaks(), "Break_Time", "Day", "Hour");
            close();
        }
        for (Constraint c : e.problem.constraints()) {
            time(c);
        }
        xml.close("Time_Constraints_List");
    }

    void writeSpace() {
        xml.open("Space_Constraints_List");
        open("ConstraintBasicCompulsorySpace", Weight.HARD).endConstraint();
        for (Lesson l : e.merger.activities()) {
            roomRequirement(l);
        }
        for (Constraint c : e.problem.constraints()) {
            space(c);
        }
        xml.close("Space_Constraints_List");
        dropped.forEach((type, n) -> e.notes.add(n + " " + type + " constraint(s) have no FET equivalent and were left out"));
    }

    private void time(Constraint c) {
        switch (c) {
            case Unavailable u when u.resource().kind() != ResourceRef.Kind.ROOM -> {
                boolean teacher = u.resource().kind() == ResourceRef.Kind.TEACHER;
                open(teacher ? "ConstraintTeacherNotAvailableTimes" : "ConstraintStudentsSetNotAvailableTimes", u.weight());
                resource(u.resource(), "Teacher", "Students").text("Number_of_Not_Available_Times", u.slots().size());
                slots(u.slots(), "Not_Available_Time", "Day", "Hour");
                close();
            }
            case PreferredStarts p -> {
                for (String id : activities(p.lessonIds())) {
                    if (p.starts().size() == 1) {
                        Slot s = p.starts().iterator().next();
                        open("ConstraintActivityPreferredStartingTime", p.weight()).text("Activity_Id", id)
                                .text("Preferred_Day", day(s)).text("Preferred_Hour", hour(s)).text("Permanently_Locked", "false");
                    } else {
                        open("ConstraintActivityPreferredStartingTimes", p.weight()).text("Activity_Id", id)
                                .text("Number_of_Preferred_Starting_Times", p.starts().size());
                        slots(p.starts(), "Preferred_Starting_Time", "Preferred_Starting_Day", "Preferred_Starting_Hour");
                    }
                    close();
                }
            }
            case PreferredSlots p -> {
                for (String id : activities(p.lessonIds())) {
                    open("ConstraintActivityPreferredTimeSlots", p.weight()).text("Activity_Id", id)
                            .text("Number_of_Preferred_Time_Slots", p.slots().size());
                    slots(p.slots(), "Preferred_Time_Slot", "Preferred_Day", "Preferred_Hour");
                    close();
                }
            }
            case Pinned p -> open("ConstraintActivityPreferredStartingTime", Weight.HARD).text("Activity_Id", activity(p.lessonId()))
                    .text("Preferred_Day", day(p.start())).text("Preferred_Hour", hour(p.start()))
                    .text("Permanently_Locked", "true").endConstraint();
            case MinDaysBetween r -> activityList("ConstraintMinDaysBetweenActivities", r.weight(), r.lessonIds(),
                    "Consecutive_If_Same_Day", r.consecutiveIfSameDay(), "MinDays", r.minDays());
            case MaxDaysBetween r -> activityList("ConstraintMaxDaysBetweenActivities", r.weight(), r.lessonIds(), null, null,
                    "MaxDays", r.maxDays());
            case SameStartingTime r -> activityList("ConstraintActivitiesSameStartingTime", r.weight(), r.lessonIds(), null, null, null, null);
            case SameDay r -> activityList("ConstraintActivitiesSameStartingDay", r.weight(), r.lessonIds(), null, null, null, null);
            case SameStartingPeriod r -> activityList("ConstraintActivitiesSameStartingHour", r.weight(), r.lessonIds(), null, null, null, null);
            case NotOverlapping r -> activityList("ConstraintActivitiesNotOverlapping", r.weight(), r.lessonIds(), null, null, null, null);
            case MinGapsBetweenTags r -> drop("MinGapsBetweenTags (not exported yet)");
            case MinRestingHours r -> drop("MinRestingHours (not exported yet)");
            case MaxSpanPerDay r -> drop("MaxSpanPerDay (not exported yet)");
            case MaxOccupiedSlots r -> drop("MaxOccupiedSlots (not exported yet)");
            case MaxSimultaneousInSlots r -> drop("MaxSimultaneousInSlots (not exported yet)");
            case MinGapsBetween r -> activityList("ConstraintMinGapsBetweenActivities", r.weight(), r.lessonIds(), null, null,
                    "MinGaps", r.minGaps());
            case Consecutive r -> open("ConstraintTwoActivitiesConsecutive", r.weight()).text("First_Activity_Id", activity(r.first()))
                    .text("Second_Activity_Id", activity(r.second())).endConstraint();
            case Ordered r -> open("ConstraintTwoActivitiesOrdered", r.weight()).text("First_Activity_Id", activity(r.first()))
                    .text("Second_Activity_Id", activity(r.second())).endConstraint();
            case OrderedIfSameDay r -> open("ConstraintTwoActivitiesOrderedIfSameDay", r.weight()).text("First_Activity_Id", activity(r.first()))
                    .text("Second_Activity_Id", activity(r.second())).endConstraint();
            case Grouped r -> grouped(r);
            case EndsStudentsDay r -> {
                for (String id : activities(r.lessonIds())) {
                    open("ConstraintActivityEndsStudentsDay", r.weight()).text("Activity_Id", id).endConstraint();
                }
            }
            case MaxHoursDaily r -> perResource(r.tag().isEmpty() ? "MaxHoursDaily" : "ActivityTagMaxHoursDaily", r.resource(), r.weight(),
                    r.tag(), "Maximum_Hours_Daily", r.max());
            case MaxHoursContinuously r -> perResource(r.tag().isEmpty() ? "MaxHoursContinuously" : "ActivityTagMaxHoursContinuously",
                    r.resource(), r.weight(), r.tag(), "Maximum_Hours_Continuously", r.max());
            case MinHoursDaily r -> {
                if (perResource("MinHoursDaily", r.resource(), r.weight(), "", "Minimum_Hours_Daily", r.min())) {
                    xml.text("Allow_Empty_Days", r.allowEmptyDays());
                    close();
                }
            }
            case MaxGapsPerDay r when !r.weight().isHard() -> drop("soft MaxGapsPerDay (FET accepts max gaps at 100% only)");
            case MaxGapsPerWeek r when !r.weight().isHard() -> drop("soft MaxGapsPerWeek (FET accepts max gaps at 100% only)");
            case MaxGapsPerDay r -> perResource("MaxGapsPerDay", r.resource(), r.weight(), "", "Max_Gaps", r.max());
            case MaxGapsPerWeek r -> perResource("MaxGapsPerWeek", r.resource(), r.weight(), "", "Max_Gaps", r.max());
            case MaxDaysPerWeek r -> perResource("MaxDaysPerWeek", r.resource(), r.weight(), "", "Max_Days_Per_Week", r.max());
            case MinDaysPerWeek r -> {
                if (r.resource().kind() == ResourceRef.Kind.TEACHER) {
                    perResource("MinDaysPerWeek", r.resource(), r.weight(), "", "Minimum_Days_Per_Week", r.min());
                } else {
                    drop("MinDaysPerWeek for pupils");
                }
            }
            case IntervalMaxDaysPerWeek r -> {
                if (perResource("IntervalMaxDaysPerWeek", r.resource(), r.weight(), "", "Max_Days_Per_Week", r.max())) {
                    xml.text("Interval_Start_Hour", e.problem.week().periods().get(r.fromPeriod()).name())
                            .text("Interval_End_Hour", r.toPeriod() >= e.problem.week().periodsPerDay() ? ""
                                    : e.problem.week().periods().get(r.toPeriod()).name());
                    close();
                }
            }
            case EarlyMaxBeginningsAtSecondHour r -> {
                if (r.resource().kind() == ResourceRef.Kind.STUDENTS) {
                    perResource("EarlyMaxBeginningsAtSecondHour", r.resource(), r.weight(), "", "Max_Beginnings_At_Second_Hour", r.max());
                } else {
                    drop("EarlyMaxBeginningsAtSecondHour for teachers");
                }
            }
            default -> {
            }
        }
    }

    /** Writes the opening and the common part of "Teacher…"/"StudentsSet…" rules; returns false when dropped. Closes unless more follows. */
    private boolean perResource(String rule, ResourceRef r, Weight w, String tag, String limitTag, int limit) {
        boolean more = rule.equals("MinHoursDaily") || rule.equals("IntervalMaxDaysPerWeek");
        if (r.kind() == ResourceRef.Kind.ROOM) {
            drop(rule + " for rooms");
            return false;
        }
        boolean teacher = r.kind() == ResourceRef.Kind.TEACHER;
        open((teacher ? "ConstraintTeacher" : "ConstraintStudentsSet") + rule, w);
        resource(r, "Teacher_Name", "Students");
        if (!tag.isEmpty()) {
            xml.text(teacher ? "Activity_Tag_Name" : "Activity_Tag", tag);
        }
        xml.text(limitTag, limit);
        if (!more) {
            close();
        }
        return true;
    }

    private void grouped(Grouped r) {
        List<String> ids = activities(r.lessonIds());
        if (ids.size() == 2) {
            open("ConstraintTwoActivitiesGrouped", r.weight()).text("First_Activity_Id", ids.get(0)).text("Second_Activity_Id", ids.get(1)).endConstraint();
        } else if (ids.size() == 3) {
            open("ConstraintThreeActivitiesGrouped", r.weight()).text("First_Activity_Id", ids.get(0))
                    .text("Second_Activity_Id", ids.get(1)).text("Third_Activity_Id", ids.get(2)).endConstraint();
        } else {
            drop("Grouped of " + ids.size() + " lessons");
        }
    }

    private void space(Constraint c) {
        switch (c) {
            case Unavailable u when u.resource().kind() == ResourceRef.Kind.ROOM -> {
                open("ConstraintRoomNotAvailableTimes", u.weight()).text("Room", u.resource().id())
                        .text("Number_of_Not_Available_Times", u.slots().size());
                slots(u.slots(), "Not_Available_Time", "Day", "Hour");
                close();
            }
            case Pinned p when !p.roomId().isEmpty() -> open("ConstraintActivityPreferredRoom", Weight.HARD)
                    .text("Activity_Id", activity(p.lessonId())).text("Room", p.roomId()).text("Permanently_Locked", "true").endConstraint();
            case PreferredRooms p -> {
                for (String id : activities(p.lessonIds())) {
                    preferredRooms(id, p.roomIds(), p.weight());
                }
            }
            case SameRoomIfConsecutive r when !r.weight().isHard() -> drop("soft SameRoomIfConsecutive (FET accepts it at 100% only)");
            case SameRoomIfConsecutive r -> activityList("ConstraintActivitiesSameRoomIfConsecutive", r.weight(), r.lessonIds(),
                    null, null, null, null);
            case MaxBuildingChangesPerDay r -> drop("MaxBuildingChangesPerDay (buildings are not exported)");
            case MaxBuildingChangesPerWeek r -> drop("MaxBuildingChangesPerWeek (buildings are not exported)");
            case MinGapsBetweenBuildingChanges r -> drop("MinGapsBetweenBuildingChanges (buildings are not exported)");
            case MaxDifferentRooms r when !r.weight().isHard() -> drop("soft MaxDifferentRooms (FET accepts it at 100% only)");
            case MaxDifferentRooms r -> activityList("ConstraintActivitiesOccupyMaxDifferentRooms", r.weight(), r.lessonIds(),
                    null, null, "Max_Number_of_Different_Rooms", r.max());
            case HomeRoom h -> {
                if (h.owner().kind() == ResourceRef.Kind.ROOM) {
                    drop("HomeRoom of a room");
                    return;
                }
                String who = h.owner().kind() == ResourceRef.Kind.TEACHER ? "Teacher" : "StudentsSet";
                boolean one = h.roomIds().size() == 1;
                open("Constraint" + who + "HomeRoom" + (one ? "" : "s"), h.weight());
                resource(h.owner(), "Teacher", "Students");
                if (one) {
                    xml.text("Room", h.roomIds().iterator().next());
                } else {
                    xml.text("Number_of_Preferred_Rooms", h.roomIds().size());
                    h.roomIds().stream().sorted().forEach(r -> xml.text("Preferred_Room", r));
                }
                close();
            }
            default -> {
            }
        }
    }

    /** A lesson that needs a room gets, at 100%, the rooms of the right kind and size (FET gives no room otherwise). */
    private void roomRequirement(Lesson l) {
        if (!l.room().needsRoom()) {
            return;
        }
        Set<String> rooms = new LinkedHashSet<>();
        for (Room room : e.problem.rooms()) {
            boolean allowed = l.room().allowedRoomIds().isEmpty() || l.room().allowedRoomIds().contains(room.id());
            boolean typed = l.room().roomType().isEmpty() || l.room().roomType().equals(room.type());
            boolean big = room.capacity() == 0 || room.capacity() >= l.room().minCapacity();
            if (allowed && typed && big) {
                rooms.add(room.id());
            }
        }
        if (rooms.isEmpty()) {
            drop("room requirement without any matching room");
            return;
        }
        preferredRooms(e.merger.idOf(l), rooms, Weight.HARD);
    }

    private void preferredRooms(String activity, Set<String> rooms, Weight w) {
        if (rooms.size() == 1) {
            open("ConstraintActivityPreferredRoom", w).text("Activity_Id", activity).text("Room", rooms.iterator().next())
                    .text("Permanently_Locked", "false").endConstraint();
        } else {
            open("ConstraintActivityPreferredRooms", w).text("Activity_Id", activity).text("Number_of_Preferred_Rooms", rooms.size());
            rooms.stream().sorted().forEach(r -> xml.text("Preferred_Room", r));
            close();
        }
    }

    private void activityList(String element, Weight w, List<String> lessonIds, String flagTag, Object flag, String paramTag, Object param) {
        List<String> ids = activities(lessonIds);
        if (ids.size() < 2) {
            return; // merged into one activity, or a rule about a single lesson: nothing left to say
        }
        open(element, w);
        if (flagTag != null) {
            xml.text(flagTag, flag);
        }
        xml.text("Number_of_Activities", ids.size());
        ids.forEach(id -> xml.text("Activity_Id", id));
        if (paramTag != null) {
            xml.text(paramTag, param);
        }
        close();
    }

    private List<String> activities(List<String> lessonIds) {
        return new ArrayList<>(new LinkedHashSet<>(lessonIds.stream().map(this::activity).toList()));
    }

    private String activity(String lessonId) {
        return e.merger.idOf(lessonId);
    }

    private FetXmlWriter resource(ResourceRef r, String teacherTag, String studentsTag) {
        return r.kind() == ResourceRef.Kind.TEACHER ? xml.text(teacherTag, e.names.teacher(r.id())) : xml.text(studentsTag, r.id());
    }

    private void slots(Set<Slot> slots, String element, String dayTag, String hourTag) {
        slots.stream().sorted((a, b) -> a.day() != b.day() ? Integer.compare(a.day(), b.day()) : Integer.compare(a.period(), b.period()))
                .forEach(s -> xml.open(element).text(dayTag, day(s)).text(hourTag, hour(s)).close(element));
    }

    private String day(Slot s) {
        return e.problem.week().days().get(s.day()).name();
    }

    private String hour(Slot s) {
        return e.problem.week().periods().get(s.period()).name();
    }

    private FetXmlWriter open(String element, Weight w) {
        return xml.open(element).text("Weight_Percentage", percent(w));
    }

    private void close() {
        xml.endConstraint();
    }

    private void drop(String what) {
        dropped.merge(what, 1, Integer::sum);
    }

    static String percent(Weight w) {
        double p = w.percent();
        return p == Math.rint(p) ? Long.toString((long) p) : String.format(Locale.ROOT, "%.3f", p).replaceAll("0+$", "");
    }
}

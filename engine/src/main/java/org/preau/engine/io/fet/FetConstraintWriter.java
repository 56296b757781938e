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

    /**
     * Types FET 6 only generates with at 100 %: below, fet-cl stops with "Cannot optimize ... only possible to use 100%
     * weight" (checked with fet-cl 6.8.5), so a soft one is left out rather than making the whole file unusable.
     */
    private static final Set<Class<? extends Constraint>> HARD_ONLY_IN_FET = Set.of(MaxGapsPerDay.class, MaxGapsPerWeek.class,
            MaxDaysPerWeek.class, MinDaysPerWeek.class, MinHoursDaily.class, IntervalMaxDaysPerWeek.class,
            EarlyMaxBeginningsAtSecondHour.class, MaxSpanPerDay.class, MinRestingHours.class, MinGapsBetweenTags.class,
            EndsStudentsDay.class, MaxOccupiedSlots.class, MaxSimultaneousInSlots.class, SameRoomIfConsecutive.class,
            MaxDifferentRooms.class, MaxBuildingChangesPerDay.class, MaxBuildingChangesPerWeek.class,
            MinGapsBetweenBuildingChanges.class);

    private final FetExporter e;
    private final FetXmlWriter xml;
    private final Map<String, Integer> dropped = new TreeMap<>();
    private final FetResourceRuleWriter resourceRules;

    FetConstraintWriter(FetExporter exporter) {
        this.e = exporter;
        this.xml = exporter.xml;
        this.resourceRules = new FetResourceRuleWriter(this, exporter);
    }

    /** Soft and of a type FET only generates with at 100 % (a room's closed times may be soft, a person's may not). */
    private static boolean refusedByFet(Constraint c) {
        return !c.weight().isHard() && (HARD_ONLY_IN_FET.contains(c.getClass())
                || c instanceof Unavailable u && u.resource().kind() != ResourceRef.Kind.ROOM);
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
            if (refusedByFet(c)) {
                drop("soft " + c.getClass().getSimpleName() + " (FET accepts it at 100% only)");
            } else {
                time(c);
            }
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
            if (!refusedByFet(c)) {
                space(c);
            }
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
            case MaxOccupiedSlots r -> selectedSlots("ConstraintActivitiesOccupyMaxTimeSlotsFromSelection", r.weight(), r.lessonIds(),
                    r.slots(), "Max_Number_of_Occupied_Time_Slots", r.max());
            case MaxSimultaneousInSlots r -> selectedSlots("ConstraintActivitiesMaxSimultaneousInSelectedTimeSlots", r.weight(),
                    r.lessonIds(), r.slots(), "Max_Number_of_Simultaneous_Activities", r.max());
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
            default -> resourceRules.time(c);
        }
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
            case SameRoomIfConsecutive r -> activityList("ConstraintActivitiesSameRoomIfConsecutive", r.weight(), r.lessonIds(),
                    null, null, null, null);
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
            default -> resourceRules.space(c);
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

    private void selectedSlots(String element, Weight w, List<String> lessonIds, Set<Slot> slots, String maxTag, int max) {
        List<String> ids = activities(lessonIds);
        open(element, w).text("Number_of_Activities", ids.size());
        ids.forEach(id -> xml.text("Activity_Id", id));
        xml.text("Number_of_Selected_Time_Slots", slots.size());
        slots(slots, "Selected_Time_Slot", "Selected_Day", "Selected_Hour");
        xml.text(maxTag, max);
        close();
    }

    private List<String> activities(List<String> lessonIds) {
        return new ArrayList<>(new LinkedHashSet<>(lessonIds.stream().map(this::activity).toList()));
    }

    private String activity(String lessonId) {
        return e.merger.idOf(lessonId);
    }

    FetXmlWriter resource(ResourceRef r, String teacherTag, String studentsTag) {
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

    FetXmlWriter open(String element, Weight w) {
        return xml.open(element).text("Weight_Percentage", percent(w));
    }

    private void close() {
        xml.endConstraint();
    }

    void drop(String what) {
        dropped.merge(what, 1, Integer::sum);
    }

    static String percent(Weight w) {
        double p = w.percent();
        return p == Math.rint(p) ? Long.toString((long) p) : String.format(Locale.ROOT, "%.3f", p).replaceAll("0+$", "");
    }
}

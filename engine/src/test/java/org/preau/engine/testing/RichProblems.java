package org.preau.engine.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.*;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.Slot;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.Weight;
import org.preau.engine.model.WeekPattern;

/** Small problems using every constraint type of the model, with semaine A/B lessons, rooms and subgroups. */
public final class RichProblems {

    private RichProblems() {
    }

    public static TimetableProblem everyConstraintType(boolean hard) {
        Weight w = hard ? Weight.HARD : Weight.soft(72.5);
        var martin = ResourceRef.teacher("MARTIN");
        var durand = ResourceRef.teacher("DURAND");
        var pupils = ResourceRef.students("4e");
        TinySchool school = new TinySchool()
                .add(new Lesson("SVT1", "SVT", List.of("TP"), List.of("MARTIN"), List.of("4eA1"), 2,
                        RoomRequirement.ofType("labo", 0), WeekPattern.WEEK_A, "svt", 1))
                .add(new Lesson("SVT2", "SVT", List.of("TP"), List.of("MARTIN"), List.of("4eA2"), 2,
                        RoomRequirement.ofType("labo", 0), WeekPattern.WEEK_B, "svt", 2))
                .add(new Lesson("ALL", "Allemand", List.of(), List.of("DURAND"), List.of("4eA1"), 1,
                        RoomRequirement.anyOf(Set.of("S2")), WeekPattern.EVERY_WEEK, "", 0))
                .add(new Lesson("ESP", "Espagnol", List.of(), List.of("MARTIN"), List.of("4eA2", "4eB"), 1,
                        RoomRequirement.NONE, WeekPattern.EVERY_WEEK, "", 0));
        for (int i = 1; i <= 6; i++) {
            school.add(new Lesson("M" + i, "Maths", i % 2 == 0 ? List.of("TP") : List.of("Cours"), List.of(i <= 3 ? "MARTIN" : "DURAND"),
                    List.of(i <= 3 ? "4eA" : "4eB"), 1 + i % 2, RoomRequirement.NONE, WeekPattern.EVERY_WEEK, "m", i));
        }
        List<Constraint> rules = new ArrayList<>(List.of(
                new Unavailable(martin, Set.of(new Slot(0, 0), new Slot(0, 1)), w),
                new Unavailable(ResourceRef.students("4eB"), Set.of(new Slot(4, 7)), w),
                new Unavailable(ResourceRef.room("S2"), Set.of(new Slot(1, 0), new Slot(1, 1)), w),
                new PreferredStarts(List.of("M1"), Set.of(new Slot(0, 2), new Slot(1, 2), new Slot(2, 2)), w),
                new PreferredSlots(List.of("M2"), Set.of(new Slot(3, 0), new Slot(3, 1), new Slot(3, 2), new Slot(2, 5), new Slot(2, 6)), w),
                new Pinned("M3", new Slot(2, 0), ""),
                new MinDaysBetween(List.of("M4", "M5", "M6"), 2, true, w), new MaxDaysBetween(List.of("M1", "M4"), 2, w),
                new MaxHoursDaily(pupils, 4, "", w), new MaxHoursDaily(martin, 2, "TP", w),
                new MinHoursDaily(durand, 2, true, w), new MaxHoursContinuously(pupils, 2, "", w),
                new MaxHoursContinuously(martin, 1, "TP", w),
                new MaxGapsPerDay(pupils, 0, w), new MaxGapsPerWeek(martin, 1, w), new MaxDaysPerWeek(durand, 3, w),
                new MinDaysPerWeek(martin, 3, w), new IntervalMaxDaysPerWeek(pupils, 5, 8, 1, w),
                new EarlyMaxBeginningsAtSecondHour(ResourceRef.students("4eA"), 1, w),
                new MaxSpanPerDay(martin, 4, true, w), new MaxSpanPerDay(pupils, 5, false, w),
                new MinRestingHours(durand, 6, true, w), new MinGapsBetweenTags(martin, "TP", "Cours", 1, w),
                new MinGapsBetweenTags(pupils, "Cours", "TP", 2, w), new MinRestingHours(ResourceRef.students("4eB"), 5, false, w),
                new Consecutive("M1", "M2", w), new Ordered("M5", "M6", w), new OrderedIfSameDay("M6", "M4", w), new Grouped(List.of("ALL", "ESP"), w),
                new SameStartingTime(List.of("SVT1", "SVT2"), w), new SameDay(List.of("M2", "M3"), w),
                new SameStartingPeriod(List.of("M4", "M5"), w), new NotOverlapping(List.of("ALL", "M4"), w),
                new EndsStudentsDay(List.of("ESP"), w), new MinGapsBetween(List.of("M1", "M4", "ALL"), 1, w),
                new MaxDifferentRooms(List.of("SVT1", "SVT2", "ALL"), 1, w),
                new MaxBuildingChangesPerDay(martin, 0, w), new MaxBuildingChangesPerWeek(ResourceRef.students("4eA"), 1, w),
                new MinGapsBetweenBuildingChanges(pupils, 1, w), new SameRoomIfConsecutive(List.of("SVT1", "ALL", "SVT2"), w),
                new MaxOccupiedSlots(List.of("M1", "M2", "ESP"), Set.of(new Slot(0, 2), new Slot(1, 2), new Slot(2, 2), new Slot(3, 0)), 1, w),
                new MaxSimultaneousInSlots(List.of("M4", "M5", "ALL", "SVT1"), Set.of(new Slot(1, 1), new Slot(2, 3), new Slot(3, 0)), 1, w), new PreferredRooms(List.of("ALL"), Set.of("S2"), w),
                new HomeRoom(ResourceRef.students("4eB"), Set.of("S2"), w)));
        rules.forEach(school::with);
        return school.problem();
    }
}

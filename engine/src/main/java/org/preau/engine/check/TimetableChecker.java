package org.preau.engine.check;

import java.util.ArrayList;
import java.util.List;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Timetable;

/**
 * The independent checker: recomputes every rule of a {@link Timetable} from the model alone — the implicit
 * ones (everything placed, no double booking with semaine A/B taken into account, no lesson in a break, room
 * requirements) and each of the school's constraints — and explains each violation in French and English.
 * It shares no code with the solver, so that the two can check each other.
 *
 * @throws InvalidSolutionException when the timetable names lessons, rooms or sets the problem does not have
 */
public final class TimetableChecker {

    private TimetableChecker() {
    }

    public static CheckReport check(Timetable timetable) {
        Schedule s = new Schedule(timetable);
        Attendees attendees = new Attendees(s);
        List<Violation> out = new ArrayList<>();
        new ImplicitRules(s, attendees).check(out);
        TimeRules time = new TimeRules(s);
        ResourceRules resources = new ResourceRules(s, attendees);
        LessonSetRules sets = new LessonSetRules(s, attendees);
        RoomRules rooms = new RoomRules(s);
        BuildingRules buildings = new BuildingRules(s, attendees);
        for (Constraint c : s.problem.constraints()) {
            switch (c) {
                case Constraint.Unavailable u -> time.check(u, out);
                case Constraint.PreferredStarts p -> time.check(p, out);
                case Constraint.PreferredSlots p -> time.check(p, out);
                case Constraint.Pinned p -> time.check(p, out);
                case Constraint.MaxHoursDaily r -> resources.check(r, out);
                case Constraint.MinHoursDaily r -> resources.check(r, out);
                case Constraint.MaxHoursContinuously r -> resources.check(r, out);
                case Constraint.MaxGapsPerDay r -> resources.check(r, out);
                case Constraint.MaxGapsPerWeek r -> resources.check(r, out);
                case Constraint.MaxDaysPerWeek r -> resources.check(r, out);
                case Constraint.MinDaysPerWeek r -> resources.check(r, out);
                case Constraint.IntervalMaxDaysPerWeek r -> resources.check(r, out);
                case Constraint.EarlyMaxBeginningsAtSecondHour r -> resources.check(r, out);
                case Constraint.MaxSpanPerDay r -> resources.check(r, out);
                case Constraint.MinRestingHours r -> resources.check(r, out);
                case Constraint.MinGapsBetweenTags r -> resources.check(r, out);
                case Constraint.PreferredRooms r -> rooms.check(r, out);
                case Constraint.HomeRoom r -> rooms.check(r, out);
                case Constraint.MaxDifferentRooms r -> rooms.check(r, out);
                case Constraint.SameRoomIfConsecutive r -> rooms.check(r, out);
                case Constraint.MaxBuildingChangesPerDay r -> buildings.check(r, out);
                case Constraint.MaxBuildingChangesPerWeek r -> buildings.check(r, out);
                case Constraint.MinGapsBetweenBuildingChanges r -> buildings.check(r, out);
                case Constraint.MinDaysBetween r -> sets.check(r, out);
                case Constraint.MaxDaysBetween r -> sets.check(r, out);
                case Constraint.Consecutive r -> sets.check(r, out);
                case Constraint.Ordered r -> sets.check(r, out);
                case Constraint.OrderedIfSameDay r -> sets.check(r, out);
                case Constraint.Grouped r -> sets.check(r, out);
                case Constraint.SameStartingTime r -> sets.check(r, out);
                case Constraint.SameDay r -> sets.check(r, out);
                case Constraint.SameStartingPeriod r -> sets.check(r, out);
                case Constraint.NotOverlapping r -> sets.check(r, out);
                case Constraint.EndsStudentsDay r -> sets.check(r, out);
                case Constraint.MinGapsBetween r -> sets.check(r, out);
                case Constraint.MaxOccupiedSlots r -> sets.check(r, out);
                case Constraint.MaxSimultaneousInSlots r -> sets.check(r, out);
            }
        }
        return new CheckReport(out);
    }
}

package org.preau.engine.io.fet;

import java.util.ArrayList;
import java.util.List;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.*;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Weight;

/**
 * Writes the rules about one teacher's or one students set's week as FET's "ConstraintTeacher…" and
 * "ConstraintStudentsSet…" constraints: hours, gaps, days, span, rest, tags (time) and building changes (space).
 * FET names the teacher {@code Teacher_Name} in most of them and {@code Teacher} in the newer ones.
 */
final class FetResourceRuleWriter {

    private static final String TEACHER_NAME = "Teacher_Name";
    private static final String TEACHER = "Teacher";

    private final FetConstraintWriter out;
    private final FetExporter e;

    FetResourceRuleWriter(FetConstraintWriter out, FetExporter exporter) {
        this.out = out;
        this.e = exporter;
    }

    void time(Constraint c) {
        switch (c) {
            case MaxHoursDaily r -> write(r.tag().isEmpty() ? "MaxHoursDaily" : "ActivityTagMaxHoursDaily", r.resource(), r.weight(),
                    TEACHER_NAME, withTag(r.resource(), r.tag(), "Maximum_Hours_Daily", r.max()));
            case MaxHoursContinuously r -> write(r.tag().isEmpty() ? "MaxHoursContinuously" : "ActivityTagMaxHoursContinuously",
                    r.resource(), r.weight(), TEACHER_NAME, withTag(r.resource(), r.tag(), "Maximum_Hours_Continuously", r.max()));
            case MinHoursDaily r when r.allowEmptyDays() && r.min() <= 1 -> {
                // always holds (a working day has a lesson); FET refuses it as trivial
            }
            case MinHoursDaily r -> write("MinHoursDaily", r.resource(), r.weight(), TEACHER_NAME,
                    "Minimum_Hours_Daily", r.min(), "Allow_Empty_Days", r.allowEmptyDays());
            case MaxGapsPerDay r -> write("MaxGapsPerDay", r.resource(), r.weight(), TEACHER_NAME, "Max_Gaps", r.max());
            case MaxGapsPerWeek r -> write("MaxGapsPerWeek", r.resource(), r.weight(), TEACHER_NAME, "Max_Gaps", r.max());
            case MaxDaysPerWeek r -> write("MaxDaysPerWeek", r.resource(), r.weight(), TEACHER_NAME, "Max_Days_Per_Week", r.max());
            case MinDaysPerWeek r when r.resource().kind() != ResourceRef.Kind.TEACHER -> out.drop("MinDaysPerWeek for pupils");
            case MinDaysPerWeek r -> write("MinDaysPerWeek", r.resource(), r.weight(), TEACHER_NAME, "Minimum_Days_Per_Week", r.min());
            case IntervalMaxDaysPerWeek r -> write("IntervalMaxDaysPerWeek", r.resource(), r.weight(), TEACHER_NAME,
                    "Max_Days_Per_Week", r.max(), "Interval_Start_Hour", e.problem.week().periods().get(r.fromPeriod()).name(),
                    "Interval_End_Hour", r.toPeriod() >= e.problem.week().periodsPerDay() ? ""
                            : e.problem.week().periods().get(r.toPeriod()).name());
            case EarlyMaxBeginningsAtSecondHour r when r.resource().kind() != ResourceRef.Kind.STUDENTS ->
                    out.drop("EarlyMaxBeginningsAtSecondHour for teachers");
            case EarlyMaxBeginningsAtSecondHour r -> write("EarlyMaxBeginningsAtSecondHour", r.resource(), r.weight(), TEACHER_NAME,
                    "Max_Beginnings_At_Second_Hour", r.max());
            case MaxSpanPerDay r when r.resource().kind() == ResourceRef.Kind.TEACHER -> write("MaxSpanPerDay", r.resource(),
                    r.weight(), TEACHER_NAME, "Max_Span", r.max(), "Allow_One_Day_Exception_of_Plus_One", r.oneDayPlusOne());
            case MaxSpanPerDay r when r.oneDayPlusOne() -> out.drop("MaxSpanPerDay with a one-day exception for pupils");
            case MaxSpanPerDay r -> write("MaxSpanPerDay", r.resource(), r.weight(), TEACHER_NAME, "Max_Span", r.max());
            case MinRestingHours r -> write("MinRestingHours", r.resource(), r.weight(), TEACHER_NAME,
                    "Minimum_Resting_Hours", r.min(), "Circular", r.circular());
            case MinGapsBetweenTags r when r.firstTag().isEmpty() || r.secondTag().isEmpty() ->
                    out.drop("MinGapsBetweenTags without two tags");
            case MinGapsBetweenTags r -> write("MinGapsBetweenOrderedPairOfActivityTags", r.resource(), r.weight(), TEACHER,
                    "First_Activity_Tag", r.firstTag(), "Second_Activity_Tag", r.secondTag(), "MinGaps", r.minGaps());
            default -> {
            }
        }
    }

    /** Building rules; FET reads the buildings from the rooms, which the exporter writes. */
    void space(Constraint c) {
        switch (c) {
            case MaxBuildingChangesPerDay r -> write("MaxBuildingChangesPerDay", r.resource(), r.weight(), TEACHER,
                    "Max_Building_Changes_Per_Day", r.max());
            case MaxBuildingChangesPerWeek r -> write("MaxBuildingChangesPerWeek", r.resource(), r.weight(), TEACHER,
                    "Max_Building_Changes_Per_Week", r.max());
            case MinGapsBetweenBuildingChanges r -> write("MinGapsBetweenBuildingChanges", r.resource(), r.weight(), TEACHER,
                    "Min_Gaps_Between_Building_Changes", r.minGaps());
            default -> {
            }
        }
    }

    /** The activity tags a rule names: FET must know them even when no lesson carries them (fet-cl aborts otherwise). */
    static List<String> tagsNamedBy(Constraint c) {
        List<String> tags = switch (c) {
            case MaxHoursDaily r -> List.of(r.tag());
            case MaxHoursContinuously r -> List.of(r.tag());
            case MinGapsBetweenTags r -> List.of(r.firstTag(), r.secondTag());
            default -> List.of();
        };
        return tags.stream().filter(t -> !t.isEmpty()).toList();
    }

    /** The tag element first (FET names it differently for teachers and students sets), then the rest. */
    private static Object[] withTag(ResourceRef r, String tag, Object... rest) {
        List<Object> all = new ArrayList<>();
        if (!tag.isEmpty()) {
            all.add(r.kind() == ResourceRef.Kind.TEACHER ? "Activity_Tag_Name" : "Activity_Tag");
            all.add(tag);
        }
        all.addAll(List.of(rest));
        return all.toArray();
    }

    /** "ConstraintTeacher" or "ConstraintStudentsSet" + {@code rule}, naming the resource, then element/value pairs. */
    private void write(String rule, ResourceRef r, Weight w, String teacherElement, Object... elementsAndValues) {
        if (r.kind() == ResourceRef.Kind.ROOM) {
            out.drop(rule + " for rooms");
            return;
        }
        boolean teacher = r.kind() == ResourceRef.Kind.TEACHER;
        FetXmlWriter xml = out.open((teacher ? "ConstraintTeacher" : "ConstraintStudentsSet") + rule, w);
        out.resource(r, teacherElement, "Students");
        for (int i = 0; i < elementsAndValues.length; i += 2) {
            xml.text((String) elementsAndValues[i], elementsAndValues[i + 1]);
        }
        xml.endConstraint();
    }
}

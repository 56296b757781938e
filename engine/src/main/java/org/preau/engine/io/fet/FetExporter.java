package org.preau.engine.io.fet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.Room;
import org.preau.engine.model.Teacher;
import org.preau.engine.model.TimetableProblem;

/**
 * Writes a problem as a FET 6 {@code .fet} file, where FET can express it. FET has no alternating weeks: lessons
 * in semaine A and semaine B that are aligned and share a teacher or pupils (demi-groupes taking turns) become
 * one activity for both; other fortnightly lessons become weekly activities, which makes the FET problem
 * stricter. Room requirements become preferred rooms at 100%. Everything approximated or left out is listed
 * in {@link FetExport#notes()}.
 */
public final class FetExporter {

    final TimetableProblem problem;
    final FetXmlWriter xml = new FetXmlWriter();
    final FetNames names;
    final ActivityMerger merger;
    final List<String> notes = new ArrayList<>();

    private FetExporter(TimetableProblem problem) {
        this.problem = problem;
        this.names = new FetNames(problem);
        this.merger = new ActivityMerger(problem);
    }

    public static FetExport export(TimetableProblem problem) {
        return new FetExporter(problem).write();
    }

    private FetExport write() {
        xml.raw("<fet version=\"6.8.5\">").raw("");
        xml.text("Mode", "Official");
        xml.text("Institution_Name", problem.name());
        xml.text("Comments", "Exported by the Préau timetable engine");
        xml.open("Days_List").text("Number_of_Days", problem.week().dayCount());
        problem.week().days().forEach(d -> xml.open("Day").text("Name", d.name()).close("Day"));
        xml.close("Days_List");
        xml.open("Hours_List").text("Number_of_Hours", problem.week().periodsPerDay());
        problem.week().periods().forEach(p -> xml.open("Hour").text("Name", p.name()).close("Hour"));
        xml.close("Hours_List");
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        problem.lessons().forEach(l -> {
            subjects.add(FetNames.subject(l));
            tags.addAll(l.tags());
        });
        problem.constraints().forEach(c -> tags.addAll(FetResourceRuleWriter.tagsNamedBy(c)));
        xml.open("Subjects_List");
        subjects.forEach(s -> xml.open("Subject").text("Name", s).text("Comments", "").close("Subject"));
        xml.close("Subjects_List");
        xml.open("Activity_Tags_List");
        tags.forEach(t -> xml.open("Activity_Tag").text("Name", t).text("Printable", "true").text("Comments", "").close("Activity_Tag"));
        xml.close("Activity_Tags_List");
        xml.open("Teachers_List");
        for (Teacher t : problem.teachers()) {
            xml.open("Teacher").text("Name", names.teacher(t.id())).text("Target_Number_of_Hours", 0)
                    .raw("<Qualified_Subjects></Qualified_Subjects>").text("Comments", "").close("Teacher");
        }
        xml.close("Teachers_List");
        new FetStudentsWriter(problem, xml, notes).write();
        activities();
        xml.open("Buildings_List");
        problem.rooms().stream().map(Room::building).filter(b -> !b.isEmpty()).distinct()
                .forEach(b -> xml.open("Building").text("Name", b).text("Comments", "").close("Building"));
        xml.close("Buildings_List");
        xml.open("Rooms_List");
        for (Room r : problem.rooms()) {
            xml.open("Room").text("Name", r.id()).text("Building", r.building()).text("Capacity", r.capacity() > 0 ? r.capacity() : 30000)
                    .text("Virtual", "false").text("Comments", "").close("Room");
        }
        xml.close("Rooms_List");
        FetConstraintWriter constraints = new FetConstraintWriter(this);
        constraints.writeTime();
        constraints.writeSpace();
        xml.raw("</fet>");
        return new FetExport(xml.toString(), merger.activityOfLesson(), List.copyOf(notes));
    }

    private void activities() {
        Map<String, Integer> totalBySplit = new TreeMap<>();
        Map<String, String> groupIdBySplit = new LinkedHashMap<>();
        for (Lesson l : merger.activities()) {
            if (!l.splitId().isEmpty()) {
                totalBySplit.merge(l.splitId(), l.duration(), Integer::sum);
                groupIdBySplit.putIfAbsent(l.splitId(), merger.idOf(l));
            }
        }
        int fortnightly = 0;
        xml.open("Activities_List");
        for (Lesson l : merger.activities()) {
            xml.open("Activity");
            l.teacherIds().forEach(t -> xml.text("Teacher", names.teacher(t)));
            xml.text("Subject", FetNames.subject(l));
            l.tags().forEach(t -> xml.text("Activity_Tag", t));
            l.studentSetIds().forEach(s -> xml.text("Students", s));
            boolean split = !l.splitId().isEmpty() && totalBySplit.get(l.splitId()) > l.duration();
            xml.text("Duration", l.duration()).text("Total_Duration", split ? totalBySplit.get(l.splitId()) : l.duration());
            xml.text("Id", merger.idOf(l)).text("Activity_Group_Id", split ? groupIdBySplit.get(l.splitId()) : "0");
            if (!l.room().needsRoom() && l.room().minCapacity() > 0) {
                xml.text("Number_Of_Students", l.room().minCapacity()); // the pupils FET sizes its rooms by
            }
            xml.text("Active", "true").text("Comments", l.id().equals(merger.idOf(l)) ? "" : "Préau lesson " + l.id());
            xml.close("Activity");
            if (!l.weeks().isEveryWeek() && !merger.isMerged(l)) {
                fortnightly++;
            }
        }
        xml.close("Activities_List");
        if (merger.mergedCount() > 0) {
            notes.add(merger.mergedCount() + " semaine A/B lesson(s) taking turns at the same time (demi-groupes) were merged "
                    + "into one weekly activity with both groups (FET has no alternating weeks)");
        }
        if (fortnightly > 0) {
            notes.add(fortnightly + " semaine A/B lesson(s) became weekly activities (FET has no alternating weeks): "
                    + "the FET problem is stricter than the original");
        }
    }
}

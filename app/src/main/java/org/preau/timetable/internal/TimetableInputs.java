package org.preau.timetable.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.preau.school.DivisionView;
import org.preau.school.GroupView;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.preau.school.StaffView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what a base timetable is built from: the school structure (school module) and this module's own data. */
@Component
public class TimetableInputs {

    private final SchoolStructure school;
    private final DayStructures structures;
    private final TeacherWishes wishes;
    private final Pins pins;

    TimetableInputs(SchoolStructure school, DayStructures structures, TeacherWishes wishes, Pins pins) {
        this.school = school;
        this.structures = structures;
        this.wishes = wishes;
        this.pins = pins;
    }

    public DayStructure structure() {
        return structures.current();
    }

    @Transactional(readOnly = true)
    public SchoolInput read(DayStructure structure) {
        List<SchoolInput.TeacherIn> teachers = school.teachers().stream()
                .map(t -> new SchoolInput.TeacherIn(t.id().value(), t.displayName())).toList();
        List<SchoolInput.RoomIn> rooms = school.rooms().stream()
                .map(r -> new SchoolInput.RoomIn(r.id().value(), r.name(), r.kind(), r.capacity())).toList();
        List<SchoolInput.DivisionIn> divisions = school.divisions().stream()
                .map(d -> new SchoolInput.DivisionIn(d.id().value(), d.name(), d.levelId().value(),
                        pupilIds(school.pupilsOfDivision(d.id()))))
                .toList();
        List<SchoolInput.GroupIn> groups = school.groups().stream()
                .map(g -> new SchoolInput.GroupIn(g.id().value(), g.name(), g.kind(),
                        g.levelId() == null ? null : g.levelId().value(),
                        g.divisionId() == null ? null : g.divisionId().value(), pupilIds(school.pupilsOfGroup(g.id()))))
                .toList();
        List<SchoolInput.AssignmentIn> assignments = school.teachingAssignments().stream()
                .map(a -> new SchoolInput.AssignmentIn(a.id().value(), a.teacherId().value(), a.subjectId().value(),
                        a.subjectCode(), a.divisionId() == null ? null : a.divisionId().value(),
                        a.groupId() == null ? null : a.groupId().value(), a.halfHoursPerWeek()))
                .toList();
        return new SchoolInput(structure, teachers, rooms, divisions, groups, assignments, wishes.all(), pins.all());
    }

    /** Names of teachers, rooms, divisions, groups and subjects, by the identifiers the engine sees. */
    @Transactional(readOnly = true)
    public Names names() {
        Map<String, String> names = new HashMap<>();
        for (StaffView t : school.staff()) {
            names.put(t.id().value().toString(), t.displayName());
        }
        school.rooms().forEach(r -> names.put(r.id().value().toString(), r.name()));
        for (DivisionView d : school.divisions()) {
            names.put(StudentAtoms.divisionSet(d.id().value()), d.name());
            names.put(d.id().value().toString(), d.name());
        }
        for (GroupView g : school.groups()) {
            names.put(StudentAtoms.groupSet(g.id().value()), g.name());
            names.put(g.id().value().toString(), g.name());
        }
        school.subjects().forEach(s -> {
            names.put("subject:" + s.code(), s.name());
            names.put(s.id().value().toString(), s.name());
        });
        return new Names(names);
    }

    private static java.util.Set<java.util.UUID> pupilIds(List<PupilSummary> pupils) {
        return pupils.stream().map(p -> p.id().value()).collect(Collectors.toSet());
    }
}

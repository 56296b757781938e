package org.preau.attendance.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.preau.platform.Member;
import org.preau.platform.TenantContext;
import org.preau.school.SchoolStructure;
import org.preau.school.StaffId;
import org.preau.school.SubjectView;
import org.preau.school.TeachingAssignmentView;
import org.springframework.stereotype.Component;

/**
 * Lessons a teacher names by hand when no timetable is published: one of their teaching assignments, a date
 * and times. The same choice always gives the same lesson id, so reopening it finds the same roll call.
 */
@Component
public class LessonPicker {

    /** A teaching assignment as the picker offers it. */
    public record Choice(UUID assignmentId, String label) {
    }

    private final SchoolStructure structure;

    LessonPicker(SchoolStructure structure) {
        this.structure = structure;
    }

    public List<Choice> choicesOf(Member teacher) {
        StaffId staff = RollCalls.staffOf(teacher);
        if (staff == null) {
            return List.of();
        }
        Map<UUID, String> subjects = subjectNames();
        return structure.teachingAssignmentsOf(staff).stream()
                .map(a -> new Choice(a.id().value(), label(a, subjects)))
                .toList();
    }

    /** The lesson of one of the teacher's assignments on a day; 403 if the assignment is someone else's. */
    public LessonOccurrence lesson(Member teacher, UUID assignmentId, LocalDate day, LocalTime start, LocalTime end) {
        StaffId staff = RollCalls.staffOf(teacher);
        TeachingAssignmentView assignment = staff == null ? null : structure.teachingAssignmentsOf(staff).stream()
                .filter(a -> a.id().value().equals(assignmentId)).findFirst().orElse(null);
        if (assignment == null) {
            throw new AttendanceForbidden("Not one of your teaching assignments");
        }
        if (!end.isAfter(start)) {
            throw new AttendanceRejected(org.springframework.http.HttpStatus.BAD_REQUEST, "rollcall.error.times",
                    "The lesson must end after it starts");
        }
        UUID id = UUID.nameUUIDFromBytes(("lesson:" + TenantContext.require() + ":" + assignmentId + ":" + day + ":"
                + start).getBytes(StandardCharsets.UTF_8));
        return new LessonOccurrence(id, day.atTime(start).atZone(HalfDays.ZONE).toInstant(),
                day.atTime(end).atZone(HalfDays.ZONE).toInstant(), assignment.divisionId(), assignment.groupId(),
                List.of(staff), label(assignment, subjectNames()), null);
    }

    private Map<UUID, String> subjectNames() {
        return structure.subjects().stream()
                .collect(Collectors.toMap(s -> s.id().value(), SubjectView::name, (a, b) -> a));
    }

    private static String label(TeachingAssignmentView assignment, Map<UUID, String> subjects) {
        return subjects.getOrDefault(assignment.subjectId().value(), assignment.subjectCode()) + " · "
                + assignment.targetName();
    }
}

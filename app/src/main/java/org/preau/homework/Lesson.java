package org.preau.homework;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.school.StaffId;
import org.preau.school.SubjectId;

/**
 * A lesson a teacher may write the cahier de textes of: a timetable occurrence (when {@code occurrenceId} is set)
 * or one of the teacher's teaching assignments on a date they chose. Everything is copied into the entry, so
 * the cahier de textes stays readable whatever happens to the timetable later.
 */
public record Lesson(@Nullable UUID occurrenceId, @Nullable UUID teachingAssignmentId, LocalDate date,
                     @Nullable LocalTime startsAt, SubjectId subjectId, String subjectName, ClassTarget target,
                     String targetName, StaffId teacherId, String teacherName) {
}

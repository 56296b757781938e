package org.preau.timetable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.school.DivisionId;
import org.preau.school.GroupId;
import org.preau.school.RoomId;
import org.preau.school.StaffId;
import org.preau.school.SubjectId;

/**
 * One lesson of the published timetable on one day, as other modules need it (roll call, cahier de textes, home
 * pages), with names resolved. {@code id} is the occurrence's: it stays the same when the lesson is moved,
 * replaced or cancelled. Times are in the school's time zone. {@code teacherId} is who actually teaches it (the
 * replacement teacher when there is one).
 * At most one of {@code divisionId} and {@code groupId} is set (none for a lesson without pupils, e.g. a
 * meeting slot).
 */
public record DatedLesson(UUID id, LocalDate date, OffsetDateTime startsAt, OffsetDateTime endsAt,
                          SubjectId subjectId, String subjectName, StaffId teacherId, String teacherName,
                          @Nullable DivisionId divisionId, @Nullable GroupId groupId, String studentsName,
                          @Nullable RoomId roomId, String roomName, LessonStatus status) {

    public boolean cancelled() {
        return status == LessonStatus.CANCELLED;
    }

    /** Whether the lesson is for a division or a group (and so has a roll call and a cahier de textes). */
    public boolean hasPupils() {
        return divisionId != null || groupId != null;
    }
}

package org.preau.timetable.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A dated lesson. {@code teacherId} is the timetabled teacher, {@code replacementTeacherId} who actually teaches
 * when replaced; {@code sequence} grows with each change (iCalendar SEQUENCE); {@code originalStartsAt} is set
 * once the lesson was moved.
 */
public record Occurrence(UUID id, @Nullable String lessonKey, LocalDate date, OffsetDateTime startsAt,
                         OffsetDateTime endsAt, @Nullable String week, UUID subjectId, UUID teacherId,
                         @Nullable UUID replacementTeacherId, @Nullable UUID divisionId, @Nullable UUID groupId,
                         @Nullable UUID roomId, String status, int sequence, @Nullable OffsetDateTime originalStartsAt,
                         OffsetDateTime updatedAt) {

    public UUID actualTeacherId() {
        return replacementTeacherId != null ? replacementTeacherId : teacherId;
    }

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }

    public boolean isChanged() {
        return !"SCHEDULED".equals(status);
    }

    static Occurrence map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Occurrence(rs.getObject("id", UUID.class), rs.getString("lesson_key"),
                rs.getObject("on_date", LocalDate.class), rs.getObject("starts_at", OffsetDateTime.class),
                rs.getObject("ends_at", OffsetDateTime.class), rs.getString("week"),
                rs.getObject("subject_id", UUID.class), rs.getObject("teacher_id", UUID.class),
                rs.getObject("replacement_teacher_id", UUID.class), rs.getObject("division_id", UUID.class),
                rs.getObject("group_id", UUID.class), rs.getObject("room_id", UUID.class), rs.getString("status"),
                rs.getInt("sequence"), rs.getObject("original_starts_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}

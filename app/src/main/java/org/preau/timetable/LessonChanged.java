package org.preau.timetable;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.SchoolId;

/**
 * A dated lesson changed (cancelled, moved, replaced, room changed, or an extra lesson was added): published
 * inside the transaction that made the change, for notifications.
 *
 * @param occurrenceId the lesson occurrence, stable across changes
 * @param kind         CANCELLED, REPLACED, MOVED, ROOM_CHANGED, EXTRA or RESTORED
 * @param divisionId   the division taught, when the lesson is a division's
 * @param groupId      the group taught, when the lesson is a group's
 */
public record LessonChanged(SchoolId school, UUID occurrenceId, String kind, OffsetDateTime startsAt,
                            OffsetDateTime endsAt, UUID teacherId, @Nullable UUID divisionId,
                            @Nullable UUID groupId, String reason, String changedBy) {
}

package org.preau.attendance.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.school.DivisionId;
import org.preau.school.GroupId;
import org.preau.school.StaffId;

/**
 * One real lesson on one day, as the roll call needs it: the timetable's occurrence id, its times, who teaches
 * it and to which division or group (exactly one).
 */
public record LessonOccurrence(UUID id, Instant start, Instant end, @Nullable DivisionId division,
                               @Nullable GroupId group, List<StaffId> teachers, String label,
                               @Nullable String room) {

    public LessonOccurrence {
        teachers = List.copyOf(teachers);
        if ((division == null) == (group == null)) {
            throw new IllegalArgumentException("A lesson is for a division or a group");
        }
    }

    public boolean taughtBy(@Nullable StaffId teacher) {
        return teacher != null && teachers.contains(teacher);
    }
}

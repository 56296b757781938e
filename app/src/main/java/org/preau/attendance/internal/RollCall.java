package org.preau.attendance.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.school.DivisionId;
import org.preau.school.GroupId;
import org.preau.school.StaffId;

/** The roll call (appel) of one lesson occurrence; {@code completedAt} set once the teacher said "appel fait". */
public record RollCall(UUID lessonId, Instant start, Instant end, @Nullable DivisionId division,
                       @Nullable GroupId group, List<StaffId> teachers, String label, @Nullable Instant completedAt) {

    public RollCall {
        teachers = List.copyOf(teachers);
    }

    public boolean takenBy(@Nullable StaffId teacher) {
        return teacher != null && teachers.contains(teacher);
    }

    public boolean completed() {
        return completedAt != null;
    }

    static RollCall of(LessonOccurrence lesson) {
        return new RollCall(lesson.id(), lesson.start(), lesson.end(), lesson.division(), lesson.group(),
                lesson.teachers(), lesson.label(), null);
    }
}

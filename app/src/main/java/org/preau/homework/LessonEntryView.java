package org.preau.homework;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.school.StaffId;

/** An entry of the cahier de textes: the lesson, what it covered and the homework given in it. */
public record LessonEntryView(LessonEntryId id, @Nullable UUID occurrenceId, LocalDate date,
                              @Nullable LocalTime startsAt, String subjectName, ClassTarget target,
                              String targetName, StaffId teacherId, String teacherName, String content,
                              List<HomeworkView> homework) {

    public LessonEntryView {
        homework = List.copyOf(homework);
    }
}

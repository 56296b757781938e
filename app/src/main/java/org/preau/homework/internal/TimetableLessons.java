package org.preau.homework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.preau.homework.Lesson;
import org.preau.school.StaffId;

/**
 * The dated lessons of the timetable, as the cahier de textes needs them: a teacher's lessons of a week, and one
 * lesson by its occurrence id, with subject, class and teacher names resolved.
 */
public interface TimetableLessons {

    /** The lessons the teacher gives (or gives as a replacement) between two dates, cancelled ones left out. */
    List<Lesson> ofTeacher(StaffId teacher, LocalDate from, LocalDate to);

    Optional<Lesson> find(UUID occurrenceId);
}

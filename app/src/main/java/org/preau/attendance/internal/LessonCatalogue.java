package org.preau.attendance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.preau.school.StaffId;

/** Where roll calls find real lessons: the timetable's weekly lesson occurrences. */
public interface LessonCatalogue {

    /** Whether real lessons are known (a published timetable); otherwise teachers pick their lesson by hand. */
    boolean available();

    /** A teacher's lessons on a day, in order. */
    List<LessonOccurrence> lessonsOf(StaffId teacher, LocalDate day);

    Optional<LessonOccurrence> find(UUID lessonId);

    /** Every lesson of the school on a day that has begun by {@code now}, in order (each should have a roll call). */
    List<LessonOccurrence> begunBy(LocalDate day, Instant now);
}

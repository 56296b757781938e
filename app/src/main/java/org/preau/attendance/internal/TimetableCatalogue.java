package org.preau.attendance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.preau.school.StaffId;
import org.preau.timetable.DatedLesson;
import org.preau.timetable.LessonCalendar;
import org.springframework.stereotype.Component;

/** Roll calls on the published timetable's lessons (the teacher picks by hand only when none is published). */
@Component
class TimetableCatalogue implements LessonCatalogue {

    private final LessonCalendar calendar;

    TimetableCatalogue(LessonCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public boolean available() {
        return calendar.published();
    }

    @Override
    public List<LessonOccurrence> lessonsOf(StaffId teacher, LocalDate day) {
        return calendar.taughtBy(teacher, day, day).stream().filter(DatedLesson::hasPupils)
                .map(TimetableCatalogue::occurrence).toList();
    }

    /** A cancelled lesson has no roll call, but an existing one stays readable. */
    @Override
    public Optional<LessonOccurrence> find(UUID lessonId) {
        return calendar.find(lessonId).filter(lesson -> !lesson.cancelled() && lesson.hasPupils())
                .map(TimetableCatalogue::occurrence);
    }

    @Override
    public List<LessonOccurrence> begunBy(LocalDate day, Instant now) {
        return calendar.between(day, day).stream()
                .filter(lesson -> !lesson.cancelled() && lesson.hasPupils() && !lesson.startsAt().toInstant().isAfter(now))
                .map(TimetableCatalogue::occurrence).toList();
    }

    private static LessonOccurrence occurrence(DatedLesson lesson) {
        return new LessonOccurrence(lesson.id(), lesson.startsAt().toInstant(), lesson.endsAt().toInstant(),
                lesson.divisionId(), lesson.groupId(),
                List.of(lesson.teacherId()), lesson.subjectName() + " · " + lesson.studentsName(),
                lesson.roomName().isEmpty() ? null : lesson.roomName());
    }
}

package org.preau.homework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.preau.homework.ClassTarget;
import org.preau.homework.Lesson;
import org.preau.school.StaffId;
import org.preau.timetable.DatedLesson;
import org.preau.timetable.LessonCalendar;
import org.springframework.stereotype.Component;

/** The cahier de textes on the published timetable's lessons (teachers pick a class and a date when there are none). */
@Component
class PublishedLessons implements TimetableLessons {

    private final LessonCalendar calendar;

    PublishedLessons(LessonCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public List<Lesson> ofTeacher(StaffId teacher, LocalDate from, LocalDate to) {
        return calendar.taughtBy(teacher, from, to).stream().filter(DatedLesson::hasPupils)
                .map(PublishedLessons::lesson).toList();
    }

    @Override
    public Optional<Lesson> find(UUID occurrenceId) {
        return calendar.find(occurrenceId).filter(l -> !l.cancelled() && l.hasPupils())
                .map(PublishedLessons::lesson);
    }

    private static Lesson lesson(DatedLesson lesson) {
        return new Lesson(lesson.id(), null, lesson.date(),
                lesson.startsAt().atZoneSameInstant(SchoolClock.ZONE).toLocalTime(), lesson.subjectId(),
                lesson.subjectName(), ClassTarget.of(lesson.divisionId(), lesson.groupId()),
                lesson.studentsName(), lesson.teacherId(), lesson.teacherName());
    }
}

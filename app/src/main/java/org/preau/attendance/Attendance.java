package org.preau.attendance;

import java.time.LocalDate;

import org.preau.attendance.internal.Absence;
import org.preau.attendance.internal.AbsenceBook;
import org.preau.attendance.internal.HalfDays;
import org.preau.school.PupilId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of vie scolaire. No access check here: callers (report cards) already decided that
 * their reader may see the pupil, and run inside the pupil's school ({@code TenantContext}).
 */
@Service
@Transactional(readOnly = true)
public class Attendance {

    private final AbsenceBook book;

    Attendance(AbsenceBook book) {
        this.book = book;
    }

    /**
     * The pupil's absence half-days between two dates (inclusive), justified and unjustified, as report cards
     * print them: retards are not counted, nor absences whose motif does not count on the report card
     * (a convocation, a school activity).
     */
    public HalfDayCounts absenceHalfDays(PupilId pupil, LocalDate from, LocalDate to) {
        return HalfDays.count(book.absencesOfPupilBetween(pupil, from, to, true).stream()
                .map(Attendance::span).toList(), from, to);
    }

    /** Retards of the pupil between two dates (inclusive). */
    public int retards(PupilId pupil, LocalDate from, LocalDate to) {
        return (int) book.ofPupil(pupil, from.atStartOfDay(HalfDays.ZONE).toInstant(),
                        to.plusDays(1).atStartOfDay(HalfDays.ZONE).toInstant()).stream()
                .filter(Absence::retard).count();
    }

    private static HalfDays.Span span(Absence absence) {
        return new HalfDays.Span(absence.start(), absence.end(), absence.justified(), absence.lessonId() != null);
    }
}

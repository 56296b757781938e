package org.preau.reportcards.internal;

import java.util.Optional;

import org.preau.attendance.Attendance;
import org.preau.attendance.HalfDayCounts;
import org.preau.reportcards.HalfDayAbsences;
import org.preau.school.PeriodView;
import org.preau.school.PupilId;
import org.springframework.stereotype.Component;

/** Report cards print the attendance module's half-day counts over the period. */
@Component
class AttendanceHalfDays implements HalfDayAbsences {

    private final Attendance attendance;

    AttendanceHalfDays(Attendance attendance) {
        this.attendance = attendance;
    }

    @Override
    public Optional<Counts> halfDaysAbsent(PupilId pupil, PeriodView period) {
        HalfDayCounts counts = attendance.absenceHalfDays(pupil, period.startsOn(), period.endsOn());
        return Optional.of(new Counts(counts.justified(), counts.unjustified()));
    }
}

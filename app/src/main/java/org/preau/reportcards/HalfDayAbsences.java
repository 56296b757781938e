package org.preau.reportcards;

import java.util.Optional;

import org.preau.school.PeriodView;
import org.preau.school.PupilId;

/**
 * Where report cards get a pupil's absences from, counted in half-days over the period. The attendance module's
 * counts are plugged in by {@code AttendanceHalfDays}; without any bean of this type, report cards say that
 * absences are not recorded in Préau.
 */
public interface HalfDayAbsences {

    /** Half-days of absence, justified and not; empty when unknown. */
    Optional<Counts> halfDaysAbsent(PupilId pupil, PeriodView period);

    record Counts(int justified, int unjustified) {
        public int total() {
            return justified + unjustified;
        }
    }
}

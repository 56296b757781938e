package org.preau.reportcards;

import java.util.OptionalInt;

import org.preau.school.PeriodView;
import org.preau.school.PupilId;

/**
 * Extension point for the absences printed on report cards: the attendance module provides a bean of this type
 * (counting half-days of absence over the period). Without one, report cards say that absences are not
 * recorded in Préau.
 */
public interface HalfDayAbsences {

    /** Half-days of absence of the pupil over the period, justified or not; empty when unknown. */
    OptionalInt halfDaysAbsent(PupilId pupil, PeriodView period);
}

package org.preau.attendance;

import java.time.YearMonth;

import org.preau.platform.SchoolId;
import org.preau.school.PupilId;

/**
 * A pupil reached the absenteeism threshold (4 unjustified half-days in a calendar month): vie scolaire must act,
 * families and direction may be notified. Raised once per pupil and month.
 */
public record AbsenteeismThresholdReached(SchoolId school, PupilId pupil, YearMonth month, int unjustifiedHalfDays) {
}

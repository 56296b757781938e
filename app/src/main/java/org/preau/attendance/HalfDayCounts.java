package org.preau.attendance;

/**
 * Absence half-days (demi-journées) of a pupil over some dates, the unit report cards and absenteeism rules
 * count in. A half-day with at least one unjustified absence counts as unjustified.
 */
public record HalfDayCounts(int justified, int unjustified) {

    public static final HalfDayCounts NONE = new HalfDayCounts(0, 0);

    public int total() {
        return justified + unjustified;
    }
}

package org.preau.engine.solve;

/**
 * One resource's week as the score sees it: for each day the mask of busy periods (bit p = period p), and the
 * number of double bookings (a period booked twice in the same week of the cycle counts once per extra booking).
 */
public record WeekLoad(int resource, boolean clashChecked, long[] days, int clashes) {

    /** Busy periods of the day as a mask; days after the last busy one are empty. */
    public long day(int day) {
        return day < days.length ? days[day] : 0L;
    }

    public int busyPeriods(int day) {
        return Long.bitCount(day(day));
    }

    public int workingDays() {
        int n = 0;
        for (long day : days) {
            if (day != 0) {
                n++;
            }
        }
        return n;
    }

    /** Idle periods between the first and last busy period of the day, not counting {@code notGaps} (breaks...). */
    public int gaps(int day, long notGaps) {
        long busy = day(day);
        if (busy == 0) {
            return 0;
        }
        int first = Long.numberOfTrailingZeros(busy);
        int last = 63 - Long.numberOfLeadingZeros(busy);
        long span = (last == 63 ? -1L : (1L << (last + 1)) - 1) & ~((1L << first) - 1);
        return Long.bitCount(span & ~busy & ~notGaps);
    }

    /** How many runs of busy periods in the day are longer than {@code max}. */
    public int runsLongerThan(int day, int max) {
        long busy = day(day);
        int runs = 0;
        while (busy != 0) {
            busy >>>= Long.numberOfTrailingZeros(busy);
            int length = Long.numberOfTrailingZeros(~busy);
            if (length > max) {
                runs++;
            }
            busy = length == 64 ? 0 : busy >>> length;
        }
        return runs;
    }

    /** The longest run of busy periods in the day. */
    public int longestRun(int day) {
        long busy = day(day);
        int longest = 0;
        while (busy != 0) {
            busy &= busy << 1;
            longest++;
        }
        return longest;
    }
}

package org.preau.engine.solve;

import java.util.Arrays;

/**
 * How many times a {@link ResourceRule} is broken by a resource's week. Soft rules count in FET's units (its
 * {@code fitness} functions, as fet-cl reports them). Hard rules keep a finer count where FET's is coarse (periods
 * over a daily maximum rather than days over it), so that every step towards feasibility lowers the hard score;
 * {@link ResourceRuleDays}, the fast phase's day-by-day count, counts hard rules exactly so.
 */
final class ResourceCounts {

    private ResourceCounts() {
    }

    private static boolean soft(ResourceRule rule) {
        return rule.level() == Level.SOFT;
    }

    private static int days(ResourceRule rule) {
        return rule.notGaps().length;
    }

    /** Soft: days over the maximum (FET). Hard: periods beyond it, summed over the days. */
    static int maxHoursDaily(ResourceRule rule, WeekLoad load) {
        int count = 0;
        for (int d = 0; d < days(rule); d++) {
            int excess = Math.max(0, load.busyPeriods(d) - rule.limit());
            count += soft(rule) ? Integer.signum(excess) : excess;
        }
        return count;
    }

    /** Periods missing to reach the minimum on working days (and on empty days unless they are allowed). */
    static int minHoursDaily(ResourceRule rule, WeekLoad load) {
        int missing = 0;
        for (int d = 0; d < days(rule); d++) {
            int busy = load.busyPeriods(d);
            if (busy > 0 || !rule.allowEmptyDays()) {
                missing += Math.max(0, rule.limit() - busy);
            }
        }
        return missing;
    }

    /** Soft: runs longer than the maximum, each one (FET). Hard: periods beyond the day's longest run. */
    static int maxHoursContinuously(ResourceRule rule, WeekLoad load) {
        int count = 0;
        for (int d = 0; d < days(rule); d++) {
            count += soft(rule) ? load.runsLongerThan(d, rule.limit()) : Math.max(0, load.longestRun(d) - rule.limit());
        }
        return count;
    }

    static int maxGapsPerDay(ResourceRule rule, WeekLoad load) {
        int excess = 0;
        for (int d = 0; d < days(rule); d++) {
            excess += Math.max(0, load.gaps(d, rule.notGaps()[d]) - rule.limit());
        }
        return excess;
    }

    static int maxGapsPerWeek(ResourceRule rule, WeekLoad load) {
        int gaps = 0;
        for (int d = 0; d < days(rule); d++) {
            gaps += load.gaps(d, rule.notGaps()[d]);
        }
        return Math.max(0, gaps - rule.limit());
    }

    /**
     * Hard: working days beyond the maximum. Soft: the periods to move away, as FET counts it — the busy periods of
     * the least busy days that would have to be emptied (days beyond the maximum, lightest first).
     */
    static int maxDaysPerWeek(ResourceRule rule, WeekLoad load) {
        if (!soft(rule)) {
            return Math.max(0, load.workingDays() - rule.limit());
        }
        int[] hours = new int[days(rule)];
        for (int d = 0; d < hours.length; d++) {
            hours[d] = load.busyPeriods(d);
        }
        Arrays.sort(hours);
        int count = 0;
        for (int d = 0; d < hours.length - rule.limit(); d++) {
            count += hours[d];
        }
        return count;
    }

    static int minDaysPerWeek(ResourceRule rule, WeekLoad load) {
        return Math.max(0, rule.limit() - load.workingDays());
    }

    /** Days busy within [from, to) beyond the maximum. */
    static int intervalMaxDaysPerWeek(ResourceRule rule, WeekLoad load) {
        long interval = (rule.to() >= 64 ? -1L : (1L << rule.to()) - 1) & -(1L << rule.from());
        int days = 0;
        for (int d = 0; d < days(rule); d++) {
            if ((load.day(d) & interval) != 0) {
                days++;
            }
        }
        return Math.max(0, days - rule.limit());
    }

    /**
     * Pupils start at the first period: days starting at the second period or later beyond the allowed number
     * are violations, and so is each day starting later than the second period — once a day when soft (FET), once
     * per free period after the first when hard.
     */
    static int earlyMaxBeginningsAtSecondHour(ResourceRule rule, WeekLoad load) {
        int violations = 0;
        int secondHourStarts = 0;
        for (int d = 0; d < days(rule); d++) {
            long busy = load.day(d);
            if (busy == 0) {
                continue;
            }
            long before = (1L << Long.numberOfTrailingZeros(busy)) - 1;
            int free = Long.bitCount(before & ~rule.notGaps()[d]);
            if (free >= 1) {
                secondHourStarts++;
                violations += soft(rule) ? Integer.signum(free - 1) : free - 1;
            }
        }
        return violations + Math.max(0, secondHourStarts - rule.limit());
    }

    /** Days whose span is over the maximum (beyond the one free day of {@code limit + 1} for the "one over" kind). */
    static int maxSpanPerDay(ResourceRule rule, WeekLoad load) {
        int violations = 0;
        int weekly = 0;
        for (int d = 0; d < days(rule); d++) {
            violations += ResourceRuleDays.violations(rule, d, load.day(d));
            weekly += ResourceRuleDays.weekly(rule, d, load.day(d));
        }
        return ResourceRuleDays.count(rule, violations, weekly);
    }
}

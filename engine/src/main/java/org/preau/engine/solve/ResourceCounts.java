package org.preau.engine.solve;

/** How many times a {@link ResourceRule} is broken by a resource's week; the units FET counts in. */
final class ResourceCounts {

    private ResourceCounts() {
    }

    private static int days(ResourceRule rule) {
        return rule.notGaps().length;
    }

    /** Periods beyond the maximum, summed over the days. */
    static int maxHoursDaily(ResourceRule rule, WeekLoad load) {
        int excess = 0;
        for (int d = 0; d < days(rule); d++) {
            excess += Math.max(0, load.busyPeriods(d) - rule.limit());
        }
        return excess;
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

    /** Periods beyond the maximum run, summed over the days. */
    static int maxHoursContinuously(ResourceRule rule, WeekLoad load) {
        int excess = 0;
        for (int d = 0; d < days(rule); d++) {
            excess += Math.max(0, load.longestRun(d) - rule.limit());
        }
        return excess;
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

    static int maxDaysPerWeek(ResourceRule rule, WeekLoad load) {
        return Math.max(0, load.workingDays() - rule.limit());
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
     * Pupils start at the first period: each free period before the day's first lesson beyond the first one is
     * a violation, and days starting at the second period beyond the allowed number are too.
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
                violations += free - 1;
            }
        }
        return violations + Math.max(0, secondHourStarts - rule.limit());
    }
}

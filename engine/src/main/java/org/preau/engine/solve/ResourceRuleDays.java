package org.preau.engine.solve;

/**
 * {@link ResourceCounts} split by day, for the fast phase: a rule's count is the sum of a per-day count plus a
 * weekly limit on a second per-day count (gaps, working days, late starts), so a move only recounts the days
 * it touches. The fast phase only counts hard rules, so this is the hard count, finer than FET's soft one (periods
 * over a daily maximum, not days over it: taking one lesson off an overfull day is progress). Must count exactly
 * as {@link ResourceCounts} counts hard rules.
 */
final class ResourceRuleDays {

    private ResourceRuleDays() {
    }

    /** The day's own violations of the rule (summed over the week as they are). */
    static int violations(ResourceRule rule, int day, long busy) {
        return switch (rule.kind()) {
            case MAX_HOURS_DAILY -> Math.max(0, Long.bitCount(busy) - rule.limit());
            case MIN_HOURS_DAILY -> busy != 0 || !rule.allowEmptyDays() ? Math.max(0, rule.limit() - Long.bitCount(busy)) : 0;
            case MAX_HOURS_CONTINUOUSLY -> Math.max(0, longestRun(busy) - rule.limit());
            case MAX_GAPS_PER_DAY -> Math.max(0, gaps(busy, rule.notGaps()[day]) - rule.limit());
            case EARLY_MAX_BEGINNINGS_AT_SECOND_HOUR -> Math.max(0, freeBeforeStart(rule, day, busy) - 1);
            case MAX_SPAN_PER_DAY -> span(busy) > rule.limit() ? 1 : 0;
            case MAX_SPAN_PER_DAY_ONE_OVER -> span(busy) > rule.limit() + 1 ? 1 : 0;
            default -> 0;
        };
    }

    /** What the day adds to the quantity the rule limits over the week (gaps, working days, ...). */
    static int weekly(ResourceRule rule, int day, long busy) {
        return switch (rule.kind()) {
            case MAX_GAPS_PER_WEEK -> gaps(busy, rule.notGaps()[day]);
            case MAX_DAYS_PER_WEEK, MIN_DAYS_PER_WEEK -> busy != 0 ? 1 : 0;
            case INTERVAL_MAX_DAYS_PER_WEEK -> (busy & interval(rule)) != 0 ? 1 : 0;
            case EARLY_MAX_BEGINNINGS_AT_SECOND_HOUR -> freeBeforeStart(rule, day, busy) >= 1 ? 1 : 0;
            case MAX_SPAN_PER_DAY_ONE_OVER -> span(busy) == rule.limit() + 1 ? 1 : 0;
            default -> 0;
        };
    }

    /** The rule's count from the sums over the week of {@link #violations} and {@link #weekly}. */
    static int count(ResourceRule rule, int violations, int weekly) {
        return violations + switch (rule.kind()) {
            case MAX_GAPS_PER_WEEK, MAX_DAYS_PER_WEEK, INTERVAL_MAX_DAYS_PER_WEEK, EARLY_MAX_BEGINNINGS_AT_SECOND_HOUR ->
                    Math.max(0, weekly - rule.limit());
            case MIN_DAYS_PER_WEEK -> Math.max(0, rule.limit() - weekly);
            case MAX_SPAN_PER_DAY_ONE_OVER -> Math.max(0, weekly - 1); // the first such day is free
            default -> 0;
        };
    }

    private static long interval(ResourceRule rule) {
        return (rule.to() >= 64 ? -1L : (1L << rule.to()) - 1) & -(1L << rule.from());
    }

    private static int freeBeforeStart(ResourceRule rule, int day, long busy) {
        if (busy == 0) {
            return 0;
        }
        long before = (1L << Long.numberOfTrailingZeros(busy)) - 1;
        return Long.bitCount(before & ~rule.notGaps()[day]);
    }

    /** Periods from the first busy one to the last, both included (0 on a free day). */
    private static int span(long busy) {
        return busy == 0 ? 0 : 64 - Long.numberOfLeadingZeros(busy) - Long.numberOfTrailingZeros(busy);
    }

    private static int gaps(long busy, long notGaps) {
        if (busy == 0) {
            return 0;
        }
        int first = Long.numberOfTrailingZeros(busy);
        int last = 63 - Long.numberOfLeadingZeros(busy);
        long span = (last == 63 ? -1L : (1L << (last + 1)) - 1) & ~((1L << first) - 1);
        return Long.bitCount(span & ~busy & ~notGaps);
    }

    private static int longestRun(long busy) {
        int longest = 0;
        for (long rest = busy; rest != 0; rest &= rest << 1) {
            longest++;
        }
        return longest;
    }
}

package org.preau.engine.solve;

/**
 * A limit on one resource's week (a teacher, a class of identical subgroups, or a teacher's/subgroup's
 * lessons with one tag). {@code limit} is the max or min; {@code from}/{@code to} bound an interval of
 * periods; {@code notGaps} per day marks periods that never count as gaps (breaks, unavailable periods).
 */
public record ResourceRule(Kind kind, int resource, int limit, int from, int to, boolean allowEmptyDays,
        long[] notGaps, Level level, long softWeight) implements WeightedRule {

    public enum Kind {
        MAX_HOURS_DAILY, MIN_HOURS_DAILY, MAX_HOURS_CONTINUOUSLY, MAX_GAPS_PER_DAY, MAX_GAPS_PER_WEEK,
        MAX_DAYS_PER_WEEK, MIN_DAYS_PER_WEEK, INTERVAL_MAX_DAYS_PER_WEEK, EARLY_MAX_BEGINNINGS_AT_SECOND_HOUR,
        /** From the first to the last busy period of a day, at most {@code limit} periods: one violation per day over. */
        MAX_SPAN_PER_DAY,
        /** As {@link #MAX_SPAN_PER_DAY}, except that the first day of exactly {@code limit + 1} periods is free. */
        MAX_SPAN_PER_DAY_ONE_OVER
    }

    /** The cost of {@code violations} violations at this rule's level. */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

package org.preau.engine.solve;

/**
 * A rule over a few given lessons (a split's min days, a consecutive pair, a not-overlapping set...).
 * {@code durations[i]} is the duration of member i; the score reads the members' starts as absolute slots.
 */
public record SetRule(Kind kind, int[] durations, int param, boolean flag, Level level, long softWeight)
        implements WeightedRule {

    public enum Kind {
        MIN_DAYS_BETWEEN, MAX_DAYS_BETWEEN, CONSECUTIVE, ORDERED, GROUPED, SAME_STARTING_TIME, SAME_DAY,
        SAME_STARTING_PERIOD, NOT_OVERLAPPING
    }

    public int size() {
        return durations.length;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

package org.preau.engine.solve;

/**
 * A rule over a few given lessons (a split's min days, a consecutive pair, a not-overlapping set, a teacher's or
 * subgroup's tagged lessons...). {@code durations[i]} is the duration of member i; the score reads the members' starts
 * as absolute slots. {@code leading}: for {@link Kind#MIN_GAPS_BETWEEN_TAGS}, the members before this position carry
 * the first tag, the others the second (0 for the other kinds). Every kind is counted by the fast hard phase too.
 */
public record SetRule(Kind kind, int[] durations, int param, boolean flag, int leading, Level level, long softWeight)
        implements WeightedRule {

    public enum Kind {
        MIN_DAYS_BETWEEN, MAX_DAYS_BETWEEN, CONSECUTIVE, ORDERED, GROUPED, SAME_STARTING_TIME, SAME_DAY,
        SAME_STARTING_PERIOD, NOT_OVERLAPPING,
        /** Two members: on one day, at least {@code param} free periods between the earlier one's end and the later's start. */
        MIN_GAPS_BETWEEN,
        /** Two members: on one day, the second starts after the first ends. */
        ORDERED_IF_SAME_DAY,
        /** On each day, a lesson with the second tag comes at least {@code param} periods after one with the first. */
        MIN_GAPS_BETWEEN_TAGS
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

package org.preau.engine.solve;

/**
 * A rule judged pair by pair, between a lesson of block {@code firstBlock} and one of block {@code secondBlock}
 * (possibly the same block). Kept apart from {@link SetRule}s on purpose: the fast hard phase does not count
 * these kinds, so it leaves them to Timefold's search, which scores them through this fact.
 */
public record LessonPairRule(Kind kind, int firstBlock, int firstDuration, int secondBlock, int secondDuration, int param,
        Level level, long softWeight) implements WeightedRule {

    public enum Kind {
        /** On one day, at least {@code param} free periods between the earlier lesson's end and the later one's start. */
        MIN_GAPS_BETWEEN,
        /** On one day, the second lesson starts after the first one ends. */
        ORDERED_IF_SAME_DAY
    }

    /** How many times the rule is broken with the two lessons starting at these blocks' current starts. */
    int violations(LessonBlock first, LessonBlock second) {
        return switch (kind) {
            case MIN_GAPS_BETWEEN -> missingGaps(first, second);
            case ORDERED_IF_SAME_DAY -> first.day() == second.day() && first.period() + firstDuration > second.period() ? 1 : 0;
        };
    }

    /** FET's count: free periods missing; when both start together the first member counts as the earlier one. */
    private int missingGaps(LessonBlock first, LessonBlock second) {
        if (first.day() != second.day()) {
            return 0;
        }
        boolean firstIsEarlier = second.period() >= first.period();
        int missing = firstIsEarlier ? first.period() + firstDuration + param - second.period()
                : second.period() + secondDuration + param - first.period();
        return Math.max(0, missing);
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

package org.preau.engine.solve;

/**
 * "Max span per day" of one teacher or subgroup class ({@code resource}): from the first to the last busy period of
 * each day at most {@code max} periods; with {@code oneDayPlusOne} the first day of exactly {@code max + 1} is free.
 * Judged on the resource's {@link WeekLoad}; not counted by the fast hard phase.
 */
public record SpanRule(int resource, int max, boolean oneDayPlusOne, int days, Level level, long softWeight)
        implements WeightedRule {

    int violations(WeekLoad load) {
        boolean exceptionLeft = oneDayPlusOne;
        int violations = 0;
        for (int d = 0; d < days; d++) {
            long busy = load.day(d);
            if (busy == 0) {
                continue;
            }
            int span = 64 - Long.numberOfLeadingZeros(busy) - Long.numberOfTrailingZeros(busy);
            if (span > max) {
                if (exceptionLeft && span == max + 1) {
                    exceptionLeft = false;
                } else {
                    violations++;
                }
            }
        }
        return violations;
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

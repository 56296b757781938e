package org.preau.engine.solve;

/**
 * "Min resting hours" of one teacher or subgroup class ({@code resource}): the free periods at the end of a day plus
 * those at the start of the next are at least {@code min} (also from the last day to the first when
 * {@code circular}). Judged on the resource's {@link WeekLoad}; not counted by the fast hard phase.
 */
public record RestRule(int resource, int min, boolean circular, int days, int periods, Level level, long softWeight)
        implements WeightedRule {

    int violations(WeekLoad load) {
        int violations = 0;
        int nights = days - 1 + (circular ? 1 : 0);
        for (int d = 0; d < nights; d++) {
            long evening = load.day(d);
            long morning = load.day((d + 1) % days);
            int freeAtEnd = evening == 0 ? periods : periods - (64 - Long.numberOfLeadingZeros(evening));
            int freeAtStart = morning == 0 ? periods : Long.numberOfTrailingZeros(morning);
            if (freeAtEnd + freeAtStart < min) {
                violations++;
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

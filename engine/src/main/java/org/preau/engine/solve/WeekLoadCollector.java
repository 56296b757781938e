package org.preau.engine.solve;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Counts, per resource, how many times each (week of the cycle, day, period) is booked, incrementally. This is
 * what makes clash detection cheap: a moved block updates only the resources it uses, instead of joining
 * lessons pairwise. Up to 64 days, 63 periods a day and 8 weeks in a cycle.
 */
final class WeekLoadCollector implements UniConstraintCollector<Booked, WeekLoadCollector.Counts, WeekLoad> {

    static final int MAX_DAYS = 64;
    static final int MAX_WEEKS = 8;

    static final class Counts {
        int resource;
        boolean clashChecked;
        final int[][] perWeekDay = new int[MAX_DAYS * MAX_WEEKS][]; // [week * MAX_DAYS + day][period]
        final int[][] anyWeek = new int[MAX_DAYS][];
        final long[] busy = new long[MAX_DAYS];
        int dayCount;
        int clashes;
    }

    @Override
    public Supplier<Counts> supplier() {
        return Counts::new;
    }

    @Override
    public BiFunction<Counts, Booked, Runnable> accumulator() {
        return (counts, booked) -> {
            counts.resource = booked.resource();
            counts.clashChecked = booked.clashChecked();
            counts.dayCount = Math.max(counts.dayCount, booked.day() + 1);
            apply(counts, booked, +1);
            return () -> apply(counts, booked, -1);
        };
    }

    private static void apply(Counts counts, Booked booked, int delta) {
        int day = booked.day();
        int[] any = counts.anyWeek[day];
        if (any == null) {
            any = counts.anyWeek[day] = new int[64];
        }
        for (long rest = booked.periods(); rest != 0; rest &= rest - 1) {
            int period = Long.numberOfTrailingZeros(rest);
            for (int w = booked.weeks(); w != 0; w &= w - 1) {
                int index = Integer.numberOfTrailingZeros(w) * MAX_DAYS + day;
                int[] row = counts.perWeekDay[index];
                if (row == null) {
                    row = counts.perWeekDay[index] = new int[64];
                }
                if (delta > 0) {
                    if (++row[period] > 1) {
                        counts.clashes++;
                    }
                } else if (row[period]-- > 1) {
                    counts.clashes--;
                }
            }
            if ((any[period] += delta) == 0) {
                counts.busy[day] &= ~(1L << period);
            } else {
                counts.busy[day] |= 1L << period;
            }
        }
    }

    @Override
    public Function<Counts, WeekLoad> finisher() {
        return counts -> new WeekLoad(counts.resource, counts.clashChecked,
                Arrays.copyOf(counts.busy, counts.dayCount), counts.clashes);
    }
}

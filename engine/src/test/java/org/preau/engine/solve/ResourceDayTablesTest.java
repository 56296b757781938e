package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.preau.engine.solve.ResourceRule.Kind;

class ResourceDayTablesTest {

    private static final int DAYS = 3;

    /** Period 3 is a break on day 0 only: the same rule counts gaps differently on that day. */
    private static final long[] BREAK_ON_MONDAY = {1L << 3, 0, 0};

    @Test
    void everyBusyMaskOfEveryDayCountsAsTheRuleDoes() {
        ResourceRule[] rules = {
            rule(Kind.MAX_GAPS_PER_DAY, 0, BREAK_ON_MONDAY),
            rule(Kind.MAX_GAPS_PER_WEEK, 1, BREAK_ON_MONDAY),
            rule(Kind.MAX_GAPS_PER_WEEK, 1, new long[DAYS]), // same kind and limit, other breaks: its own table
            rule(Kind.MAX_HOURS_CONTINUOUSLY, 2, new long[DAYS]),
            rule(Kind.EARLY_MAX_BEGINNINGS_AT_SECOND_HOUR, 0, BREAK_ON_MONDAY),
            rule(Kind.MIN_HOURS_DAILY, 3, new long[DAYS]),
            rule(Kind.INTERVAL_MAX_DAYS_PER_WEEK, 1, new long[DAYS]),
        };
        int periods = 8;
        ResourceDayTables tables = new ResourceDayTables(rules, DAYS, periods);

        for (int r = 0; r < rules.length; r++) {
            for (int d = 0; d < DAYS; d++) {
                for (long busy = 0; busy < 1L << periods; busy++) {
                    int packed = tables.packed(r, d, busy);
                    assertThat(ResourceDayTables.violations(packed)).as("rule %d, day %d, busy %s", r, d, busy)
                            .isEqualTo(ResourceRuleDays.violations(rules[r], d, busy));
                    assertThat(ResourceDayTables.weekly(packed)).as("rule %d, day %d, busy %s", r, d, busy)
                            .isEqualTo(ResourceRuleDays.weekly(rules[r], d, busy));
                }
            }
        }
    }

    @Test
    void daysTooLongForATableAreCounted() {
        ResourceRule[] rules = {rule(Kind.MAX_GAPS_PER_DAY, 0, new long[DAYS])};
        ResourceDayTables tables = new ResourceDayTables(rules, DAYS, ResourceDayTables.MAX_PERIODS + 4);
        long busy = 1L | 1L << 15; // 14 gaps between the first and the last period

        assertThat(ResourceDayTables.violations(tables.packed(0, 1, busy))).isEqualTo(14);
    }

    @Test
    void sumsOfPackedValuesKeepBothCounts() {
        ResourceRule rule = rule(Kind.MAX_GAPS_PER_WEEK, 1, new long[DAYS]);
        ResourceDayTables tables = new ResourceDayTables(new ResourceRule[] {rule}, DAYS, 8);
        int week = tables.packed(0, 0, 0b1000_0001) + tables.packed(0, 1, 0b101) + tables.packed(0, 2, 0);

        assertThat(ResourceDayTables.weekly(week)).isEqualTo(7);
        assertThat(ResourceDayTables.violations(week)).isZero();
    }

    private static ResourceRule rule(Kind kind, int limit, long[] notGaps) {
        return new ResourceRule(kind, 0, limit, 2, 5, true, notGaps, Level.HARD, 0);
    }
}

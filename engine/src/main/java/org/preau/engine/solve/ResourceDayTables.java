package org.preau.engine.solve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ResourceRuleDays#violations} and {@link ResourceRuleDays#weekly} of every busy mask of a day, looked up
 * instead of counted: the fast phase recounts a rule's day on each move of a block and on its undo, which took about
 * a third of its time on italy-liceo (JFR). A table is shared by the rules and days that count alike (same kind,
 * limit, interval and periods that are not gaps), so there are few. Days of more than {@link #MAX_PERIODS} periods
 * are counted as before.
 */
final class ResourceDayTables {

    /** A table holds 2^periods values: 4,096 at most (16 KB). */
    static final int MAX_PERIODS = 12;

    /** Per rule and day ({@code r * days + d}): the table, or null to count. */
    private final int[][] tables;
    private final ResourceRule[] rules;
    private final int days;

    ResourceDayTables(ResourceRule[] rules, int days, int periods) {
        this.rules = rules;
        this.days = days;
        this.tables = new int[rules.length * days][];
        if (periods > MAX_PERIODS) {
            return;
        }
        Map<List<Object>, int[]> shared = new HashMap<>();
        for (int r = 0; r < rules.length; r++) {
            ResourceRule rule = rules[r];
            for (int d = 0; d < days; d++) {
                int day = d;
                List<Object> key = List.of(rule.kind(), rule.limit(), rule.from(), rule.to(), rule.allowEmptyDays(),
                        rule.notGaps()[d]);
                tables[r * days + d] = shared.computeIfAbsent(key, k -> {
                    int[] table = new int[1 << periods];
                    for (int busy = 0; busy < table.length; busy++) {
                        table[busy] = count(rule, day, busy);
                    }
                    return table;
                });
            }
        }
    }

    /** Rule r's day d with these busy periods: its violations and weekly share, packed ({@link #violations}). */
    int packed(int r, int d, long busy) {
        int[] table = tables[r * days + d];
        return table != null ? table[(int) busy] : count(rules[r], d, busy);
    }

    /**
     * The violations of a packed value, or of a sum of packed values: each half holds up to 65,535, more than
     * the periods of a week.
     */
    static int violations(int packed) {
        return packed >>> 16;
    }

    /** The weekly share of a packed value, or of a sum of packed values. */
    static int weekly(int packed) {
        return packed & 0xFFFF;
    }

    private static int count(ResourceRule rule, int day, long busy) {
        return ResourceRuleDays.violations(rule, day, busy) << 16 | ResourceRuleDays.weekly(rule, day, busy);
    }
}

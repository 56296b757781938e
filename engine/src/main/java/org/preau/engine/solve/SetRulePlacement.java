package org.preau.engine.solve;

/**
 * Where the members of a {@link SetRule} currently start: {@code days[i]} and {@code periods[i]} for member i,
 * -1 while unplaced.
 */
public record SetRulePlacement(SetRule rule, int[] days, int[] periods) {

    boolean complete() {
        for (int day : days) {
            if (day < 0) {
                return false;
            }
        }
        return true;
    }

    int end(int member) {
        return periods[member] + rule.durations()[member];
    }
}

package org.preau.engine.model;

import java.util.Set;

/**
 * Which weeks of a cycle a lesson takes place in: every week, semaine A / semaine B (a lesson "à la
 * quinzaine"), or any custom selection of a longer cycle. Two lessons can only clash if their patterns share
 * a week of the cycle.
 */
public record WeekPattern(String name, int cycleLength, Set<Integer> weeks) {

    public static final WeekPattern EVERY_WEEK = new WeekPattern("every week", 1, Set.of(0));
    public static final WeekPattern WEEK_A = new WeekPattern("A", 2, Set.of(0));
    public static final WeekPattern WEEK_B = new WeekPattern("B", 2, Set.of(1));

    public WeekPattern {
        weeks = Set.copyOf(weeks);
        if (cycleLength < 1 || weeks.isEmpty() || weeks.stream().anyMatch(w -> w < 0 || w >= cycleLength)) {
            throw new IllegalArgumentException("invalid week pattern " + name);
        }
    }

    public boolean isEveryWeek() {
        return weeks.size() == cycleLength;
    }

    /** Whether both patterns take place in some common week (cycles are aligned on their least common multiple). */
    public boolean sharesAWeekWith(WeekPattern other) {
        int lcm = cycleLength / gcd(cycleLength, other.cycleLength) * other.cycleLength;
        for (int w = 0; w < lcm; w++) {
            if (weeks.contains(w % cycleLength) && other.weeks.contains(w % other.cycleLength)) {
                return true;
            }
        }
        return false;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}

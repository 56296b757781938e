package org.preau.engine.solve;

import java.util.Arrays;
import java.util.List;

/**
 * A limit on one teacher's or subgroup's moves between buildings, judged on the rooms of its placed lessons
 * ({@link BuildingMember}s). {@code buildingOfRoom[room index]} is the building's rank by name, -1 when unknown.
 * Each of the {@code weeksInCycle} weeks of the cycle is judged on its own lessons and the violations add up, as
 * double bookings do: a lesson in semaine A and one in semaine B at the same time are never a move.
 */
public record BuildingRule(Kind kind, int limit, int[] buildingOfRoom, int days, int periods, int weeksInCycle, Level level,
        long softWeight) implements WeightedRule {

    public enum Kind {
        MAX_CHANGES_PER_DAY, MAX_CHANGES_PER_WEEK, MIN_GAPS_BETWEEN_CHANGES
    }

    /** Violations as FET counts them, from the lessons placed in a room, summed over the weeks of the cycle. */
    int violations(List<RoomVisit> visits) {
        int violations = 0;
        for (int w = 0; w < weeksInCycle; w++) {
            int[][] week = new int[days][periods];
            for (int[] day : week) {
                Arrays.fill(day, -1);
            }
            for (RoomVisit visit : visits) {
                if ((visit.weeks() & 1 << w) != 0) {
                    mark(week[visit.day()], visit.period(), visit.duration(), buildingOfRoom[visit.room()]);
                }
            }
            int sum = 0;
            for (int[] day : week) {
                sum += dayCount(day);
            }
            violations += weekViolations(sum);
        }
        return violations;
    }

    /** Puts a lesson's building (-1: unknown, a blank) on the periods it takes in a day's row; overlaps: first by name. */
    static void mark(int[] day, int period, int duration, int building) {
        if (building < 0) {
            return;
        }
        for (int p = period; p < period + duration && p < day.length; p++) {
            day[p] = day[p] < 0 ? building : Math.min(day[p], building);
        }
    }

    /**
     * What one day (the building of each period, -1 blank) counts: its violations, or for a weekly limit its
     * changes, which {@link #weekViolations} turns into violations.
     */
    int dayCount(int[] day) {
        return switch (kind) {
            case MAX_CHANGES_PER_DAY -> Math.max(0, changes(day) - limit);
            case MAX_CHANGES_PER_WEEK -> changes(day);
            case MIN_GAPS_BETWEEN_CHANGES -> changesTooSoon(day);
        };
    }

    /** A week's violations from the sum of its days' {@link #dayCount}s. */
    int weekViolations(int sumOfDayCounts) {
        return kind == Kind.MAX_CHANGES_PER_WEEK ? Math.max(0, sumOfDayCounts - limit) : sumOfDayCounts;
    }

    private static int changes(int[] day) {
        int changes = 0;
        int current = -1;
        for (int building : day) {
            if (building >= 0) {
                if (current >= 0 && current != building) {
                    changes++;
                }
                current = building;
            }
        }
        return changes;
    }

    private int changesTooSoon(int[] day) {
        int tooSoon = 0;
        int current = -1;
        int blanks = 0;
        for (int building : day) {
            if (building < 0) {
                blanks++;
            } else {
                if (current >= 0 && current != building && blanks < limit) {
                    tooSoon++;
                }
                current = building;
                blanks = 0;
            }
        }
        return tooSoon;
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

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
            violations += violationsInWeek(visits, w);
        }
        return violations;
    }

    private int violationsInWeek(List<RoomVisit> visits, int w) {
        int[][] week = new int[days][periods];
        for (int[] day : week) {
            Arrays.fill(day, -1);
        }
        for (RoomVisit visit : visits) {
            int building = buildingOfRoom[visit.room()];
            if (building < 0 || (visit.weeks() & 1 << w) == 0) {
                continue;
            }
            for (int p = visit.period(); p < visit.period() + visit.duration() && p < periods; p++) {
                int known = week[visit.day()][p];
                week[visit.day()][p] = known < 0 ? building : Math.min(known, building); // overlaps: first by name
            }
        }
        int violations = 0;
        int weekChanges = 0;
        for (int[] day : week) {
            switch (kind) {
                case MAX_CHANGES_PER_DAY -> violations += Math.max(0, changes(day) - limit);
                case MAX_CHANGES_PER_WEEK -> weekChanges += changes(day);
                case MIN_GAPS_BETWEEN_CHANGES -> violations += changesTooSoon(day);
            }
        }
        return kind == Kind.MAX_CHANGES_PER_WEEK ? Math.max(0, weekChanges - limit) : violations;
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

package org.preau.engine.solve;

import java.util.List;

/**
 * A rule about how a few lessons ({@link SlotSelectionMember}s) fill selected slots: {@code selected[day * periods +
 * period]}. Max occupied: at most {@code limit} selected slots used at all (one violation). Max simultaneous: at most
 * {@code limit} lessons in each selected slot (one violation per slot).
 */
public record SlotSelectionRule(Kind kind, boolean[] selected, int limit, int periods, Level level, long softWeight)
        implements WeightedRule {

    public enum Kind {
        MAX_OCCUPIED, MAX_SIMULTANEOUS
    }

    int violations(List<PlacedLesson> lessons) {
        int[] count = new int[selected.length];
        for (PlacedLesson lesson : lessons) {
            for (int p = lesson.period(); p < lesson.period() + lesson.duration() && p < periods; p++) {
                count[lesson.day() * periods + p]++;
            }
        }
        int occupied = 0;
        int crowded = 0;
        for (int slot = 0; slot < selected.length; slot++) {
            if (selected[slot] && count[slot] > 0) {
                occupied++;
            }
            if (selected[slot] && count[slot] > limit) {
                crowded++;
            }
        }
        return kind == Kind.MAX_OCCUPIED ? (occupied > limit ? 1 : 0) : crowded;
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

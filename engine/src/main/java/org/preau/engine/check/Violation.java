package org.preau.engine.check;

import java.util.List;

/**
 * One broken rule, explained. {@code kind} names the rule ("teacher double-booked", "MaxGapsPerDay");
 * {@code weight} is its FET-style percentage (100 when hard); {@code count} is how many times it is broken in the
 * units the score counts (periods of overlap, gaps beyond the limit...); {@code resources} are what is involved,
 * written {@code teacher:Id}, {@code students:Id}, {@code room:Id}, {@code lesson:Id}.
 */
public record Violation(String kind, boolean hard, double weight, int count, List<String> resources,
        String french, String english) {

    public Violation {
        resources = List.copyOf(resources);
    }

    /** What this violation costs: its count for hard rules, count × weight for soft ones. */
    public double penalty() {
        return hard ? count : count * weight;
    }

    /** The soft cost in hundredths of a percent, the solver's soft score unit. */
    public long softUnits() {
        return hard ? 0 : count * Math.round(weight * 100);
    }
}

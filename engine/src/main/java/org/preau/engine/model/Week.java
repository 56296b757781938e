package org.preau.engine.model;

import java.util.List;
import java.util.Set;

/**
 * The repeating week: days, periods of a day, and break slots where no lesson may take place (récréation,
 * lunch, Wednesday afternoon for a half day). A lesson may not span a break either.
 */
public record Week(List<Day> days, List<Period> periods, Set<Slot> breaks) {

    public Week {
        days = List.copyOf(days);
        periods = List.copyOf(periods);
        breaks = Set.copyOf(breaks);
    }

    public int dayCount() {
        return days.size();
    }

    public int periodsPerDay() {
        return periods.size();
    }

    public boolean isBreak(Slot slot) {
        return breaks.contains(slot);
    }
}

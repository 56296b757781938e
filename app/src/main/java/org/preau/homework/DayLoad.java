package org.preau.homework;

import java.time.LocalDate;

/**
 * The travail à faire due on one day for the most loaded pupil of a class, across all subjects: how many
 * pieces and their estimated minutes.
 */
public record DayLoad(LocalDate date, int count, int minutes) {

    /** Whether adding {@code extraMinutes} of work would pass the school's daily threshold. */
    public boolean heavyWith(int extraMinutes, int thresholdMinutes) {
        return minutes + extraMinutes > thresholdMinutes;
    }
}

package org.preau.engine.solve;

import org.preau.engine.model.Timetable;

/**
 * The best timetable found and how good it is. {@code hardViolations} counts broken hard rules plus unplaced
 * lessons; {@code softPenalty} is the sum of broken soft rules' weights in FET percent units;
 * {@code secondsToFeasible} is negative when no feasible timetable was found.
 */
public record SolveResult(Timetable timetable, int lessons, int placed, long hardViolations, double softPenalty,
        double secondsToFeasible, double seconds) {

    /** Every lesson placed and every hard rule holds. */
    public boolean isComplete() {
        return placed == lessons && hardViolations == 0;
    }
}

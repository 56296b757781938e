package org.preau.timetable.internal;

import java.time.Duration;
import java.util.function.Consumer;

import org.preau.engine.model.Timetable;
import org.preau.engine.model.TimetableProblem;

/** The engine's solver as this module uses it: a time limit, a seed, progress as it goes, the best answer. */
public interface Solving {

    Outcome solve(TimetableProblem problem, Duration timeLimit, long seed, Consumer<Progress> progress);

    /** The best timetable so far. */
    record Progress(double elapsedSeconds, int lessons, int placed, long hardViolations, double softPenalty) {
    }

    /** The answer: {@code hardViolations} counts broken hard rules and unplaced lessons. */
    record Outcome(Timetable timetable, int lessons, int placed, long hardViolations, double softPenalty,
                   double seconds) {

        public boolean isComplete() {
            return placed == lessons && hardViolations == 0;
        }
    }
}

package org.preau.engine.solve;

import java.io.PrintStream;
import java.time.Duration;

/**
 * How to solve: a wall-clock {@code timeLimit} (honoured to within a few milliseconds), a {@code seed}
 * (same seed, same input, same machine speed-independent moves → same answer when the limit is not hit),
 * {@code untilFeasible} to stop as soon as every hard rule holds (without it the solve stops early only at a
 * perfect timetable: no soft penalty either), and where to print progress (null: silent).
 */
public record SolveOptions(Duration timeLimit, long seed, boolean untilFeasible, PrintStream progress,
        Duration progressInterval) {

    public static SolveOptions of(Duration timeLimit) {
        return new SolveOptions(timeLimit, 0, false, null, Duration.ofSeconds(5));
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(timeLimit, newSeed, untilFeasible, progress, progressInterval);
    }

    public SolveOptions untilFeasible(boolean stop) {
        return new SolveOptions(timeLimit, seed, stop, progress, progressInterval);
    }

    public SolveOptions withProgress(PrintStream out) {
        return new SolveOptions(timeLimit, seed, untilFeasible, out, progressInterval);
    }
}

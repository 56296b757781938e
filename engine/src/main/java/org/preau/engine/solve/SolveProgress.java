package org.preau.engine.solve;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/** The latest best solution's figures, for progress lines and time to feasibility. */
final class SolveProgress {
    private final long started;
    private final int lessons;
    private final AtomicReference<String> last = new AtomicReference<>("constructing");
    private volatile double feasibleAt = -1;
    private volatile FastSearchPortfolio fastRunning;
    /** The best timetable shown so far (the searches report their own bests). */
    private TimetableSolution shown;

    SolveProgress(long started, int lessons) {
        this.started = started;
        this.lessons = lessons;
    }

    /** A new best of one of the searches: shown when it is at least as good as the best shown so far. */
    synchronized void best(TimetableSolution solution) {
        if (shown != null && better(shown, solution)) {
            return;
        }
        shown = solution;
        int placed = placedLessons(solution);
        long hard = -hardScore(solution);
        double soft = -softScore(solution) / 100.0;
        if (placed == lessons && hard == 0 && feasibleAt < 0) {
            feasibleAt = elapsed();
        }
        last.set(String.format(Locale.ROOT, "placed %d/%d, hard violations %d, soft penalty %.2f",
                placed, lessons, hard, soft));
    }

    /** Whether a is better than b: fewer unplaced lessons and hard violations together, then a smaller soft penalty. */
    static boolean better(TimetableSolution a, TimetableSolution b) {
        // both place the same lessons in all: fewer placed counts as that many more hard violations
        long hardA = -placedLessons(a) - hardScore(a);
        long hardB = -placedLessons(b) - hardScore(b);
        if (hardA != hardB) {
            return hardA < hardB;
        }
        return softScore(a) > softScore(b);
    }

    private static long hardScore(TimetableSolution solution) {
        return solution.score() == null ? 0 : solution.score().hardScore();
    }

    private static long softScore(TimetableSolution solution) {
        return solution.score() == null ? 0 : solution.score().softScore();
    }

    private static int placedLessons(TimetableSolution solution) {
        int placed = 0;
        for (LessonBlock block : solution.blocks()) {
            if (block.isPlaced()) {
                placed += block.lessons().size();
            }
        }
        return placed;
    }

    /** While the fast hard phase runs: where its progress line reads from. */
    void fastRunning(FastSearchPortfolio searches) {
        fastRunning = searches;
    }

    /** After the fast hard phase: its own count of clashes (the exact score comes from Timefold next). */
    void fast(int hard, long iterations) {
        fastRunning = null;
        last.set(String.format(Locale.ROOT, "fast phase: %d hard violations after %d moves, handing over to Timefold",
                hard, iterations));
    }

    /** A timetable breaking no hard rule exists now (scored outside the searches' own bests). */
    void feasible() {
        if (feasibleAt < 0) {
            feasibleAt = elapsed();
        }
    }

    /** While a phase with no figures of its own runs: what the progress lines say. */
    void phase(String description) {
        fastRunning = null;
        last.set(description);
    }

    double elapsed() {
        return (System.nanoTime() - started) / 1e9;
    }

    double secondsToFeasible(double fallback) {
        return feasibleAt < 0 ? fallback : feasibleAt;
    }

    String line() {
        FastSearchPortfolio fast = fastRunning;
        if (fast != null && fast.bestSoFar() != Integer.MAX_VALUE) {
            return String.format(Locale.ROOT, "[%6.1fs] fast phase: %d hard violations at best, %d moves",
                    elapsed(), fast.bestSoFar(), fast.movesSoFar());
        }
        return String.format(Locale.ROOT, "[%6.1fs] %s", elapsed(), last.get());
    }
}

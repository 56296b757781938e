package org.preau.engine.solve;

import java.util.List;

/**
 * A second fast pass, from scratch, that counts the heavy soft "min days between" rules (95 % and more, FET's
 * default for a split activity) with the hard ones: {@link FastFeasibilitySearch#PROMOTED_WEIGHT}. Timefold's soft
 * search never leaves the feasible region, where few broken rules of that kind can be mended once the first pass
 * has broken them; FET keeps them while it builds its timetable, and breaks few. The pass runs only when the first
 * pass found a feasible timetable early, since it may take half the time left; Timefold's soft search then starts
 * from its timetable if it reaches zero and scores better, from the first pass's otherwise. Counting those rules
 * from the start in the first pass instead (branch {@code experiment/promoted-min-days}) lost feasible timetables:
 * italy-liceo, seeds 0-7, 60 s, 4 feasible against 6.
 */
final class HeavyMinDaysPass {

    /** {@code -Dpreau.heavyMinDays=false} leaves the pass out (for comparisons). */
    static final boolean ENABLED = !"false".equals(System.getProperty("preau.heavyMinDays"));

    /**
     * The pass runs when the time left is at least this many times the time the first pass took. Italy-liceo at
     * 60 s (first pass 20 s) has too little: in a trial with twice, the pass did not reach zero in its 20 s on seeds
     * 0 and 2, and the soft search, left with 20 s, ended at 52.55 and 54.35 against 43.15 and 48.45 in FET units.
     */
    private static final double TIME_LEFT_RATIO = 3;

    /** Share of the time left the pass may take. */
    private static final double SHARE = 0.5;

    private HeavyMinDaysPass() {
    }

    /** Whether the pass is worth running now: heavy rules to keep, and time enough left. */
    static boolean worthIt(TimetableSolution solution, SolveOptions options, long started, long deadline) {
        long now = System.nanoTime();
        return ENABLED && !options.untilFeasible() && (now - started) * TIME_LEFT_RATIO <= deadline - now
                && FastFeasibilitySearch.hasPromotableRules(solution);
    }

    /** The pass's starts (one per block) if it reaches zero hard violations in its time, else null. */
    static int[] run(CompiledProblem compiled, long seed, long deadline) {
        long now = System.nanoTime();
        long until = now + (long) ((deadline - now) * SHARE);
        TimetableSolution solution = compiled.solution();
        int days = compiled.problem().week().dayCount();
        int periods = compiled.problem().week().periodsPerDay();
        FastSearchPortfolio searches = new FastSearchPortfolio(solution, days, periods,
                FastSearchPortfolio.seedOf(seed, FastSearchPortfolio.THREADS), FastSearchPortfolio.THREADS, true);
        if (TimetableSolver.ROOM_CHECK && solution.bookings().stream().anyMatch(RoomBooking::needsRoom)) {
            List<StartSlot> slots = compiled.slots();
            searches.checkAtZero(starts -> RoomAssigner.blocksWithoutRoom(solution, compiled.rooms().size(),
                    days, periods, slots, starts));
        }
        FastSearchPortfolio.Outcome outcome = searches.run(until, Long.MAX_VALUE);
        return outcome.hard() == 0 ? outcome.starts() : null;
    }
}

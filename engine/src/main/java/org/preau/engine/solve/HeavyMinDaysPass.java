package org.preau.engine.solve;

import java.util.List;

/**
 * A second fast pass, from scratch, that counts the heavy soft "min days between" rules (95 % and more, FET's
 * default for a split activity) with the hard ones: {@link FastFeasibilitySearch#PROMOTED_WEIGHT}. Timefold's soft
 * search never leaves the feasible region, where few broken rules of that kind can be mended once the first pass
 * has broken them; FET keeps them while it builds its timetable, and breaks few. The pass runs only when the first
 * pass found a feasible timetable early, since it may take 60 % of the time left; if it reaches zero and scores
 * better, half of Timefold's searches start from its timetable ({@link #startsSearch}), else all from the first
 * pass's. The pass tries twice, from scratch each time: the second try, if the first did not reach zero, weighs a
 * hard violation heavier against the promoted rules ({@link #SECOND_TRY_HARD_WEIGHT}). Counting those rules
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

    /** Share of the time left the pass may take (its two tries together). */
    private static final double SHARE = 0.6;

    /**
     * Share of the pass's time its first try may take. Hongkong's pass reached zero in 3 to 10 s with one try
     * (seeds 0-3), under this share of the 34 s its pass has at 60 s, so that its second try does not run there.
     */
    private static final double FIRST_TRY_SHARE = 0.3;

    /**
     * What a hard violation weighs against a broken promoted rule in the second try. The heavier, the sooner the
     * try reaches zero and the more promoted rules it gives up on the way. Italy-liceo (60 s, CLI, soft in FET
     * units), where a first try with {@link FastFeasibilitySearch#PROMOTED_HARD_WEIGHT} ended on 2-4 hard
     * violations on seeds 0 and 2: 40 reached zero on both (soft at the end 31.25 and 30.70 in the pass's one try,
     * 33.20 and 32.70 as the second try), 120 on seed 0 only (31.15). Hongkong, where 12 reaches zero: 40 ended
     * on soft 29.73, 33.20 and 43.59 (seeds 0, 2, 3) against 11.40, 25.77 and 14.87 with 12, hence two tries.
     */
    static final int SECOND_TRY_HARD_WEIGHT = 40;

    private HeavyMinDaysPass() {
    }

    /**
     * Whether Timefold's search number {@code search} starts from the pass's timetable, when the pass kept one, rather
     * than from the first pass's: every other search, the first included. Late acceptance settles in a local optimum
     * that depends on where it starts, and neither start is always the better one: generated lycée 1500 (exported to
     * FET), seed 0, 60 s, two searches from the pass's timetable stalled for 50 s on one broken 95 % rule (0.95 in FET
     * units) where a search from the first pass's reached 0.00 at 9 s. Measured, both searches from the pass's
     * against one from each (CLI, FET units): hongkong (60 s) seeds 0-3, 11.40 / 19.33 / 27.25 / 14.87 against
     * 12.90 / 18.83 / 27.25 / 16.36; italy-liceo (75 s) seeds 0 and 2, 33.15 / 34.60 against 32.20 / 34.65; the
     * generated collège 650 (60 s) seeds 0-1, 82.30 either way.
     */
    static boolean startsSearch(int search) {
        return search % 2 == 0;
    }

    /** Whether the pass is worth running now: heavy rules to keep, and time enough left. */
    static boolean worthIt(TimetableSolution solution, SolveOptions options, long started, long deadline) {
        long now = System.nanoTime();
        return ENABLED && !options.untilFeasible() && (now - started) * TIME_LEFT_RATIO <= deadline - now
                && FastFeasibilitySearch.hasPromotableRules(solution);
    }

    /**
     * The pass's starts (one per block) if it reaches zero hard violations in its time, else null. A first try
     * weighs a hard violation {@link FastFeasibilitySearch#PROMOTED_HARD_WEIGHT} broken promoted rules; if it is
     * still short after {@link #FIRST_TRY_SHARE} of the pass's time, a second try from scratch weighs it
     * {@link #SECOND_TRY_HARD_WEIGHT}.
     */
    static int[] run(CompiledProblem compiled, long seed, long deadline) {
        long now = System.nanoTime();
        long until = now + (long) ((deadline - now) * SHARE);
        int[] starts = tryOnce(compiled, seed, FastFeasibilitySearch.PROMOTED_HARD_WEIGHT,
                now + (long) ((until - now) * FIRST_TRY_SHARE));
        return starts != null ? starts : tryOnce(compiled, seed, SECOND_TRY_HARD_WEIGHT, until);
    }

    private static int[] tryOnce(CompiledProblem compiled, long seed, int hardWeight, long until) {
        TimetableSolution solution = compiled.solution();
        int days = compiled.problem().week().dayCount();
        int periods = compiled.problem().week().periodsPerDay();
        FastSearchPortfolio searches = new FastSearchPortfolio(solution, days, periods,
                FastSearchPortfolio.seedOf(seed, FastSearchPortfolio.THREADS), FastSearchPortfolio.THREADS, true);
        searches.weighHard(hardWeight);
        if (TimetableSolver.ROOM_CHECK && solution.bookings().stream().anyMatch(RoomBooking::needsRoom)) {
            List<StartSlot> slots = compiled.slots();
            searches.checkAtZero(starts -> RoomAssigner.blocksWithoutRoom(solution, compiled.rooms().size(),
                    days, periods, slots, starts));
        }
        FastSearchPortfolio.Outcome outcome = searches.run(until, Long.MAX_VALUE);
        return outcome.hard() == 0 ? outcome.starts() : null;
    }
}

package org.preau.engine.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs the fast phase ({@link FastFeasibilitySearch}) on each core, with different seeds and {@link #STYLES},
 * and keeps the best assignment. On the hard files the count a search is left with depends much on its
 * seed, so two searches at once do better than one; on the easy ones the second costs nothing but the other core.
 *
 * <p>Deterministic for a seed, like one search: a search reaching zero lowers the shared limit of
 * {@link FastFeasibilitySearch#work work} to the work it did, so the others stop once they have done as much, and
 * the search that reached zero with the least work wins (the lowest index on a tie). Which search wins therefore
 * does not depend on which thread ran faster. The limit is on work, not moves: the styles' moves differ in cost,
 * and a search whose moves cost more would keep its core long after the other reached zero (germany-gyr, seed 0:
 * zero at 41 s, handed over at 53.6 s when the line was on moves).
 */
final class FastSearchPortfolio {

    /** Searches run at once: {@code -Dpreau.fastThreads}, by default one per core up to 2. */
    static final int THREADS = Integer.getInteger("preau.fastThreads",
            Math.min(2, Runtime.getRuntime().availableProcessors()));

    /**
     * How each search moves; the last style is for the searches beyond. They differ because files differ in what
     * they need. Fast phase alone, one core, hard violations left in all:
     * <ul>
     * <li>germany-gyr (large aligned blocks), 30 s, seeds 1-8: 140 with the default style, 83 with 20 % chains,
     * 42 with 20 % chains and Kempe swaps tried at the 8 starts where the block clashes least (2 seeds solved),
     * the other starts' swaps being where the time went;</li>
     * <li>italy-liceo, 40 s, seeds 0-3: the default solved 2, 5 % chains with Kempe swaps at 8 starts none;</li>
     * <li>hungary, 40 s, seeds 0-3: 20 with the default, 26 with 20 % chains and Kempe swaps at 8 starts.</li>
     * </ul>
     * Again after the Kempe bound (2026-11-30, same runs), Kempe swaps at 8 starts with 20, 10 or 5 % chains:
     * germany-gyr seeds 1-8, 30 s: 37 left and 2 solved with 20 %, 38 and 3 with 10 %; seeds 1-4 only, 28 and 1
     * with 5 %. Hungary seeds 0-7, 40 s: 45 with 20 %, 29 with 10 % (seeds 0-3: 26, 13, and 7 with 5 %, 20 with the
     * default). Italy seeds 0-3: 3 left and 2 solved with the default, 18-19 with Kempe swaps at 8 starts. So the
     * second search takes 10 % chains: with the two searches, 60 s, seeds 0-3, germany-gyr was solved with 3 seeds
     * against 2 with 20 % (seed 0 is the one it leaves with 7), hungary left with 2, 2, 2, 1 against 2, 1, 3, 6.
     */
    private static final FastFeasibilitySearch.Style[] STYLES = {
        FastFeasibilitySearch.Style.DEFAULT, new FastFeasibilitySearch.Style(100, 8)};

    /** The assignment kept: starts per block (slot indexes, -1 unplaced), its counted hard violations, its moves. */
    record Outcome(int[] starts, int hard, long moves) {
    }

    private final List<FastFeasibilitySearch> searches = new ArrayList<>();

    /** Builds the searches: the first with the given seed, so that one thread gives the single search's answer. */
    FastSearchPortfolio(TimetableSolution solution, int days, int periods, long seed, int threads) {
        for (int i = 0; i < Math.max(1, threads); i++) {
            searches.add(new FastFeasibilitySearch(solution, days, periods, seedOf(seed, i), style(i)));
        }
    }

    static FastFeasibilitySearch.Style style(int index) {
        return STYLES[Math.min(index, STYLES.length - 1)];
    }

    /** Seeds far apart from one another (a step of the golden ratio), so that nearby user seeds do not overlap. */
    static long seedOf(long seed, int index) {
        return seed + index * 0x9E3779B97F4A7C15L;
    }

    /** Sets {@link FastFeasibilitySearch#checkAtZero} on every search. */
    void checkAtZero(Function<int[], int[]> check) {
        searches.forEach(search -> search.checkAtZero(check));
    }

    /**
     * Runs every search until zero, the deadline (System.nanoTime) or {@code maxMoves}; returns the best. An interrupt
     * of the calling thread (a cancelled solve) stops them all at once, and stays set.
     */
    Outcome run(long deadlineNanos, long maxMoves) {
        AtomicLong finishLine = new AtomicLong(Long.MAX_VALUE);
        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        for (int i = 1; i < searches.size(); i++) {
            FastFeasibilitySearch search = searches.get(i);
            runs.add(CompletableFuture.supplyAsync(() -> search.solve(deadlineNanos, maxMoves, finishLine),
                    Background.daemon("timetable-fast-phase")));
        }
        int[] hard = new int[searches.size()];
        hard[0] = searches.getFirst().solve(deadlineNanos, maxMoves, finishLine);
        for (int i = 1; i < searches.size(); i++) {
            hard[i] = Background.join(runs.get(i - 1));
        }
        int chosen = 0;
        for (int i = 1; i < searches.size(); i++) {
            if (hard[i] < hard[chosen] || hard[i] == 0 && hard[chosen] == 0
                    && searches.get(i).work() < searches.get(chosen).work()) {
                chosen = i;
            }
        }
        FastFeasibilitySearch best = searches.get(chosen);
        return new Outcome(best.starts(), hard[chosen], best.iterations());
    }

    /** The lowest count any search has reached so far, readable while {@link #run} runs (for progress lines). */
    int bestSoFar() {
        return searches.stream().mapToInt(FastFeasibilitySearch::bestSoFar).min().orElse(Integer.MAX_VALUE);
    }

    /** Moves made so far by all the searches together. */
    long movesSoFar() {
        return searches.stream().mapToLong(FastFeasibilitySearch::movesSoFar).sum();
    }
}

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
 * <p>The searches pause together now and then, and one far behind the other goes on from the other's best
 * ({@link #share share}).
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
    private long shareWork = SHARE_WORK;

    /** Builds the searches: the first with the given seed, so that one thread gives the single search's answer. */
    FastSearchPortfolio(TimetableSolution solution, int days, int periods, long seed, int threads) {
        this(solution, days, periods, seed, threads, false);
    }

    /** As above; with {@code promoting}, the searches count the heavy soft "min days" rules too (see there). */
    FastSearchPortfolio(TimetableSolution solution, int days, int periods, long seed, int threads, boolean promoting) {
        for (int i = 0; i < Math.max(1, threads); i++) {
            searches.add(new FastFeasibilitySearch(solution, days, periods, seedOf(seed, i), style(i), promoting));
        }
    }

    static FastFeasibilitySearch.Style style(int index) {
        return STYLES[Math.min(index, STYLES.length - 1)];
    }

    /** Seeds far apart from one another (a step of the golden ratio), so that nearby user seeds do not overlap. */
    static long seedOf(long seed, int index) {
        return seed + index * 0x9E3779B97F4A7C15L;
    }

    /** Pauses to share every {@code work} instead of {@link #SHARE_WORK} (0: never). */
    void shareEvery(long work) {
        shareWork = work;
    }

    /** Sets {@link FastFeasibilitySearch#weighHard} on every search. */
    void weighHard(int weight) {
        searches.forEach(search -> search.weighHard(weight));
    }

    /** Sets {@link FastFeasibilitySearch#checkAtZero} on every search. */
    void checkAtZero(Function<int[], int[]> check) {
        searches.forEach(search -> search.checkAtZero(check));
    }

    /**
     * Work between two pauses where the searches share their best ({@code -Dpreau.shareWork}, 0: never); see
     * {@link #share share}. About 2 s of one search on germany-gyr, 6 s on hungary and 8 s on italy-liceo; every
     * 2^27 solved germany-gyr with 4 seeds of 8 (0-7, two searches, 40 s) against 5 of 8.
     */
    static final long SHARE_WORK = Long.getLong("preau.shareWork", 1L << 28);

    /**
     * Runs every search until zero, the deadline (System.nanoTime) or {@code maxMoves}; returns the best. An interrupt
     * of the calling thread (a cancelled solve) stops them all at once, and stays set. The searches pause together
     * every {@link #SHARE_WORK} of work to {@link #share share} their best: at the same work, so the result still
     * does not depend on which thread ran faster.
     */
    Outcome run(long deadlineNanos, long maxMoves) {
        AtomicLong finishLine = new AtomicLong(Long.MAX_VALUE);
        boolean[] over = new boolean[searches.size()];
        long pauseAt = shareWork > 0 ? shareWork : Long.MAX_VALUE;
        while (true) {
            long pause = pauseAt;
            List<CompletableFuture<Boolean>> runs = new ArrayList<>();
            for (int i = 1; i < searches.size(); i++) {
                FastFeasibilitySearch search = searches.get(i);
                boolean done = over[i];
                runs.add(CompletableFuture.supplyAsync(
                        () -> done || search.stretch(deadlineNanos, maxMoves, finishLine, pause),
                        Background.daemon("timetable-fast-phase")));
            }
            over[0] = over[0] || searches.getFirst().stretch(deadlineNanos, maxMoves, finishLine, pause);
            for (int i = 1; i < searches.size(); i++) {
                over[i] = Background.join(runs.get(i - 1));
            }
            if (allOver(over)) {
                break;
            }
            share(searches);
            pauseAt = pause > Long.MAX_VALUE - shareWork ? Long.MAX_VALUE : pause + shareWork;
        }
        int[] hard = new int[searches.size()];
        for (int i = 0; i < searches.size(); i++) {
            hard[i] = searches.get(i).end();
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

    private static boolean allOver(boolean[] over) {
        for (boolean o : over) {
            if (!o) {
                return false;
            }
        }
        return true;
    }

    /**
     * A search whose best count is at least twice the leader's plus 2 goes on from the leader's best (the lowest
     * count, the lowest index on a tie). On the hard files a search's count depends much on where it wandered
     * (germany-gyr, seed 0, after 18 s: 3 and 22 left), and the one far behind seldom catches up. Two searches,
     * 40 s, seeds 0-7: germany-gyr solved with 5 seeds against 2 without sharing; hungary (seeds 0-3) 2/2/3/1 left
     * against 2/2/2/1, italy-liceo the same times. Sharing as soon as a search is behind at all kept germany-gyr at
     * 5 solved but left 7, 9 and 4 on the others (the two searches then explore the same place), hungary 2/3/3/2.
     */
    static void share(List<FastFeasibilitySearch> searches) {
        FastFeasibilitySearch leader = searches.getFirst();
        for (FastFeasibilitySearch search : searches) {
            if (search.bestHard() < leader.bestHard()) {
                leader = search;
            }
        }
        for (FastFeasibilitySearch search : searches) {
            if (search != leader && search.bestHard() >= 2 * leader.bestHard() + 2) {
                search.adopt(leader.bestStarts());
            }
        }
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

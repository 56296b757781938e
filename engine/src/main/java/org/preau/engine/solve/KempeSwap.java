package org.preau.engine.solve;

import java.util.List;

/**
 * The fast phase's compound move: block b goes from its start to t, and the blocks sharing a teacher or pupils
 * with b that sit where b lands go to b's old start, shifted alike (one Kempe step). On a week where a class is
 * busy every period, moving one lesson always clashes; swapping it with what is there does not. Evaluated
 * exactly by doing and undoing it on the search's counters.
 */
final class KempeSwap {

    /** More displaced blocks than this and the move is not tried: long chains rarely pay and cost much. */
    static final int MAX_DISPLACED = 4;

    private final FastFeasibilitySearch search;
    private final List<LessonBlock> blocks;
    private final int periods;
    private final NeighbourSlots around;
    private final int[] displaced = new int[MAX_DISPLACED];
    private final int[] targets = new int[MAX_DISPLACED];
    private final int[] origins = new int[MAX_DISPLACED];
    private int displacedCount;
    private int plainAfter;

    KempeSwap(FastFeasibilitySearch search, List<LessonBlock> blocks, int slotCount, int periods) {
        this.search = search;
        this.blocks = blocks;
        this.periods = periods;
        around = new NeighbourSlots(blocks, slotCount, periods);
    }

    /** Indexes where the neighbours of block b are now, for the following {@link #cost} and {@link #apply} calls. */
    void prepare(int b) {
        around.prepare(b, search.startsView());
    }

    /**
     * Weighted hard violations after moving the (taken out) block b to t and its clashing neighbours from around t to
     * around {@code from}, or {@link Long#MAX_VALUE} when one of them may not go there or too many would move.
     * Leaves the counters as they were.
     */
    long cost(int b, int from, int t) {
        return cost(b, from, t, Long.MAX_VALUE);
    }

    /**
     * As {@link #cost(int, int, int)}, or {@link Long#MAX_VALUE} without doing the move when it surely adds more
     * than {@code limit} to the weighted count (the bound is taken only where no block leaves a cell another
     * enters: between two days, or on one day when the periods left and the periods taken do not meet).
     */
    long cost(int b, int from, int t, long limit) {
        if (!collect(b, from, t)) {
            return Long.MAX_VALUE;
        }
        if (limit != Long.MAX_VALUE && apart(from, t) && floor(b, t) > limit) {
            return Long.MAX_VALUE;
        }
        move(b, t);
        long hard = search.weightedViolations();
        plainAfter = search.hardViolations();
        undo(b);
        return hard;
    }

    /** Whether no displaced block's new periods meet any displaced block's old ones. */
    private boolean apart(int from, int t) {
        if (from / periods != t / periods) {
            return true;
        }
        for (int i = 0; i < displacedCount; i++) {
            int targetEnd = targets[i] + blocks.get(displaced[i]).span();
            for (int j = 0; j < displacedCount; j++) {
                if (targets[i] < origins[j] + blocks.get(displaced[j]).span() && origins[j] < targetEnd) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A lower bound of the weighted change the collected move makes (see {@link FastFeasibilitySearch#moveFloor}). */
    private long floor(int b, int t) {
        long floor = search.arrivalFloor(b, t);
        for (int i = 0; i < displacedCount; i++) {
            floor += search.moveFloor(displaced[i], targets[i]);
        }
        return floor;
    }

    /** The plain hard count after the move last evaluated by {@link #cost}. */
    int plainAfter() {
        return plainAfter;
    }

    /** Does the move {@link #cost} evaluated; returns how many blocks were displaced (they are in {@link #displaced}). */
    int apply(int b, int from, int t) {
        if (!collect(b, from, t)) {
            throw new IllegalStateException("Kempe move no longer possible");
        }
        move(b, t);
        return displacedCount;
    }

    int displaced(int i) {
        return displaced[i];
    }

    int origin(int i) {
        return origins[i];
    }

    private boolean collect(int b, int from, int t) {
        displacedCount = 0;
        int span = blocks.get(b).span();
        for (int k = 0; k < span && (t + k) % periods >= t % periods; k++) {
            for (int e = around.first(t + k); e >= 0; e = around.next(e)) {
                int n = around.block(e);
                if (contains(n)) {
                    continue;
                }
                if (displacedCount == MAX_DISPLACED) {
                    return false;
                }
                int at = search.startOf(n);
                int period = at % periods - t % periods + from % periods;
                int target = from - from % periods + period;
                if (period < 0 || period >= periods || !blocks.get(n).fastPhaseAllows(target)) {
                    return false;
                }
                origins[displacedCount] = at;
                targets[displacedCount] = target;
                displaced[displacedCount++] = n;
            }
        }
        return displacedCount > 0;
    }

    private boolean contains(int n) {
        for (int i = 0; i < displacedCount; i++) {
            if (displaced[i] == n) {
                return true;
            }
        }
        return false;
    }

    /** Each displaced block goes straight to its target (counts are additive, so the order does not matter). */
    private void move(int b, int t) {
        for (int i = 0; i < displacedCount; i++) {
            search.placeAt(displaced[i], targets[i]);
        }
        search.placeAt(b, t);
    }

    private void undo(int b) {
        search.placeAt(b, -1);
        for (int i = 0; i < displacedCount; i++) {
            search.placeAt(displaced[i], origins[i]);
        }
    }
}

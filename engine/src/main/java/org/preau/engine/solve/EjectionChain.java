package org.preau.engine.solve;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The fast phase's ejection move, as FET and UniTime place lessons: block b goes to the start where it pushes out the
 * fewest blocks (and the least often pushed out from where they are), and every block pushed out — however many —
 * goes straight to its own cheapest start. A Kempe swap sends the blocks in the way to b's old start, and only up to
 * {@link KempeSwap#MAX_DISPLACED}; this moves a large aligned block that clashes with many teachers at once.
 * A block is in the way when it shares a teacher's or pupils' cell with b there, or when it is under a hard
 * "min days between" rule's distance from b. Made without being evaluated, as a way off a plateau: with the fast
 * phase alone for 60,000 moves, seeds 1 and 2, germany-gyr is left with 54 and 44 hard violations without chains,
 * 23 and 15 with 5 % of the moves made so, 46 and 26 when chains start only after the first restart, 45 and 32 only
 * after 500 moves without gain; FET's examples (fet-data, 2 s each) 47-49 feasible of 139 either way.
 */
final class EjectionChain {

    /** Added to a start that is tabu, so that one is taken only when every start is. */
    private static final long TABU_COST = 1_000_000;
    private static final int TENURE = 10;

    private final FastFeasibilitySearch search;
    private final List<LessonBlock> blocks;
    private final int slotCount;
    private final int periods;
    private final NeighbourSlots around;
    private final SplittableRandom random;
    /** Cells of b at the start being weighed, and blocks already looked at, marked with the current {@link #epoch}. */
    private final int[] cellMark;
    private final int[] blockMark;
    private int epoch;
    /** Per block and start: how often the block was pushed out of that start; each time makes the next dearer. */
    private final int[] pushedOut;
    private final int[] tabuUntil;
    private long moves;
    /** Blocks in the way at the start being weighed: one per clash at most, then the "min days" ones, no repeats. */
    private final int[] inTheWay;
    private int inTheWayCount;
    private final int[] pushed;
    private int pushedCount;

    EjectionChain(FastFeasibilitySearch search, List<LessonBlock> blocks, int slotCount, int periods, long seed) {
        this.search = search;
        this.blocks = blocks;
        this.slotCount = slotCount;
        this.periods = periods;
        around = new NeighbourSlots(blocks, slotCount, periods);
        random = new SplittableRandom(seed);
        cellMark = new int[search.cellCount()];
        blockMark = new int[blocks.size()];
        pushedOut = new int[blocks.size() * slotCount];
        tabuUntil = new int[blocks.size() * slotCount];
        inTheWay = new int[2 * blocks.size()];
        pushed = new int[blocks.size()];
    }

    /** Makes the move for (placed) block b; returns how many blocks were pushed out (see {@link #pushed(int)}). */
    int apply(int b) {
        moves++;
        int[] start = search.startsView();
        int from = start[b];
        search.placeAt(b, -1);
        tabu(b, from);
        around.prepare(b, start);
        int chosen = -1;
        long chosenCost = Long.MAX_VALUE;
        int ties = 0;
        for (int s : search.allowedStarts(b)) {
            long cost = search.weightedBesidesClashes(b, s);
            collectInTheWay(b, s);
            for (int i = 0; i < inTheWayCount; i++) {
                int c = inTheWay[i];
                cost += 1 + pushedOut[c * slotCount + start[c]];
            }
            if (tabuUntil[b * slotCount + s] > moves) {
                cost += TABU_COST;
            }
            if (cost < chosenCost) {
                chosenCost = cost;
                chosen = s;
                ties = 1;
                keepPushed();
            } else if (cost == chosenCost && random.nextInt(++ties) == 0) {
                chosen = s;
                keepPushed();
            }
        }
        for (int i = 0; i < pushedCount; i++) {
            int c = pushed[i];
            pushedOut[c * slotCount + start[c]]++;
            tabu(c, start[c]);
            search.placeAt(c, -1);
        }
        search.placeAt(b, chosen);
        for (int i = 0; i < pushedCount; i++) {
            search.placeAt(pushed[i], cheapest(pushed[i]));
        }
        return pushedCount;
    }

    /** The i-th block pushed out by the last {@link #apply}. */
    int pushed(int i) {
        return pushed[i];
    }

    /** The start of block b (out) adding the fewest weighted hard violations, double-bookings included. */
    private int cheapest(int b) {
        int chosen = -1;
        long chosenCost = Long.MAX_VALUE;
        for (int s : search.allowedStarts(b)) {
            long cost = search.insertionCost(b, s);
            if (cost < chosenCost) {
                chosenCost = cost;
                chosen = s;
            }
        }
        return chosen;
    }

    /** The placed blocks in the way of block b at s, into {@link #inTheWay}. */
    private void collectInTheWay(int b, int s) {
        epoch++;
        inTheWayCount = 0;
        for (int cell : search.cellsOf(b)) {
            if (search.personCell(cell + s)) {
                cellMark[cell + s] = epoch;
            }
        }
        int[] start = search.startsView();
        int span = blocks.get(b).span();
        for (int k = 0; k < span && s + k < slotCount && (s + k) % periods >= s % periods; k++) {
            for (int e = around.first(s + k); e >= 0; e = around.next(e)) {
                int n = around.block(e);
                if (blockMark[n] != epoch) {
                    blockMark[n] = epoch;
                    if (sharesCell(n, start[n])) {
                        inTheWay[inTheWayCount++] = n;
                    }
                }
            }
        }
        int size = search.minDaysConflicts(b, s, inTheWay, inTheWayCount);
        for (int i = inTheWayCount; i < size; i++) {
            int n = inTheWay[i];
            if (blockMark[n] != epoch) {
                blockMark[n] = epoch;
                inTheWay[inTheWayCount++] = n;
            }
        }
    }

    /** Whether block n at s books a teacher's or pupils' cell marked for the block being placed. */
    private boolean sharesCell(int n, int s) {
        for (int cell : search.cellsOf(n)) {
            if (cellMark[cell + s] == epoch && search.personCell(cell + s)) {
                return true;
            }
        }
        return false;
    }

    private void keepPushed() {
        System.arraycopy(inTheWay, 0, pushed, 0, inTheWayCount);
        pushedCount = inTheWayCount;
    }

    private void tabu(int b, int s) {
        tabuUntil[b * slotCount + s] = (int) Math.min(Integer.MAX_VALUE, moves + TENURE + random.nextInt(TENURE));
    }
}

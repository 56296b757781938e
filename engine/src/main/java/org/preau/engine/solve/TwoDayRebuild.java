package org.preau.engine.solve;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The fast phase's large move, for when its single moves are stuck a few violations from zero: a block in conflict,
 * and blocks now on its day or on one other day that share a teacher or pupils with it or with each other, are all
 * taken out, then put back on those two days by a depth-first search. A start is dropped when the clashes alone pass
 * the target; the result is kept only when the whole count ends at or below it, and otherwise every block goes back
 * where it was. Many lessons move at once this way, in combinations that moves of one block and its Kempe partners
 * do not reach. Fast phase alone on one core, 40 s, seeds 0-7: italy-liceo-2010 feasible with 6 seeds against 2
 * without; with rebuilds from 40 violations down (not only 3) it was no better than without.
 */
final class TwoDayRebuild {

    /** At most this many blocks are rebuilt at once: the block in conflict and those collected around it. */
    static final int MAX_BLOCKS = Integer.getInteger("preau.rebuildBlocks", 24);
    /** Placements tried per rebuild before giving up: bounds its time to a few thousand insertion counts. */
    static final int MAX_NODES = Integer.getInteger("preau.rebuildNodes", 2000);

    private final FastFeasibilitySearch search;
    private final List<LessonBlock> blocks;
    private final int periods;
    private final SplittableRandom random;
    /** Per block: the teachers and pupils it books; per such resource: the blocks that book it. */
    private final int[][] peopleOf;
    private final int[][] blocksOf;
    /** Blocks already taken for the rebuild being collected, marked with the current {@link #epoch}. */
    private final int[] mark;
    private int epoch;
    private final int[] members = new int[MAX_BLOCKS];
    private final int[] origins = new int[MAX_BLOCKS];
    /** Per depth: the candidate starts, sorted by the count they lead to (count in the high bits). */
    private final long[][] options;
    private int size;
    private int first;
    private int second;
    private int target;
    private int nodes;

    TwoDayRebuild(FastFeasibilitySearch search, List<LessonBlock> blocks, int slotCount, int periods, long seed) {
        this.search = search;
        this.blocks = blocks;
        this.periods = periods;
        this.random = new SplittableRandom(seed);
        options = new long[MAX_BLOCKS][slotCount];
        mark = new int[blocks.size()];
        peopleOf = new int[blocks.size()][];
        int people = 0;
        for (int b = 0; b < blocks.size(); b++) {
            peopleOf[b] = search.peopleOf(b);
            for (int r : peopleOf[b]) {
                people = Math.max(people, r + 1);
            }
        }
        int[] counts = new int[people];
        for (int[] used : peopleOf) {
            for (int r : used) {
                counts[r]++;
            }
        }
        blocksOf = new int[people][];
        for (int r = 0; r < people; r++) {
            blocksOf[r] = new int[counts[r]];
            counts[r] = 0;
        }
        for (int b = 0; b < blocks.size(); b++) {
            for (int r : peopleOf[b]) {
                blocksOf[r][counts[r]++] = b;
            }
        }
    }

    /**
     * Rebuilds around block c (placed) on its day and a random other one; true when the hard count is now at most
     * {@code target} (the blocks stay where the rebuild put them), false when every block is back where it was.
     */
    boolean apply(int c, int target, int days) {
        int[] start = search.startsView();
        first = start[c] / periods;
        second = (first + 1 + random.nextInt(days - 1)) % days;
        collect(c, start);
        for (int i = 0; i < size; i++) {
            origins[i] = start[members[i]];
            search.placeAt(members[i], -1);
        }
        this.target = target;
        this.nodes = 0;
        orderByFewestOptions();
        if (place(0)) {
            return true;
        }
        for (int i = 0; i < size; i++) { // the search took every member out again on its way back
            search.placeAt(members[i], origins[i]);
        }
        return false;
    }

    /** The i-th block of the last rebuild (for the caller's bookkeeping of blocks in conflict). */
    int member(int i) {
        return members[i];
    }

    int size() {
        return size;
    }

    /**
     * Block c, then, breadth first, for each member one of its teachers or pupils chosen at random and that one's
     * movable blocks now on the two days, until {@link #MAX_BLOCKS}: the lessons in the way, then those in theirs.
     */
    private void collect(int c, int[] start) {
        epoch++;
        size = 0;
        members[size++] = c;
        mark[c] = epoch;
        for (int i = 0; i < size && size < MAX_BLOCKS; i++) {
            int[] people = peopleOf[members[i]];
            if (people.length == 0) {
                continue;
            }
            int[] others = blocksOf[people[random.nextInt(people.length)]];
            int offset = random.nextInt(others.length);
            for (int k = 0; k < others.length && size < MAX_BLOCKS; k++) {
                int n = others[(offset + k) % others.length];
                int day = start[n] < 0 ? -1 : start[n] / periods;
                if (mark[n] != epoch && (day == first || day == second) && search.allowedStarts(n).length > 1) {
                    mark[n] = epoch;
                    members[size++] = n;
                }
            }
        }
    }

    /** Fewest starts on the two days first (the block in conflict stays first): the tightest are placed early. */
    private void orderByFewestOptions() {
        int[] optionsOnDays = new int[size];
        for (int i = 0; i < size; i++) {
            for (int s : search.allowedStarts(members[i])) {
                int day = s / periods;
                if (day == first || day == second) {
                    optionsOnDays[i]++;
                }
            }
        }
        for (int i = 2; i < size; i++) { // insertion sort: two dozen blocks at most
            int m = members[i];
            int o = origins[i];
            int k = optionsOnDays[i];
            int j = i - 1;
            while (j >= 1 && optionsOnDays[j] > k) {
                members[j + 1] = members[j];
                origins[j + 1] = origins[j];
                optionsOnDays[j + 1] = optionsOnDays[j];
                j--;
            }
            members[j + 1] = m;
            origins[j + 1] = o;
            optionsOnDays[j + 1] = k;
        }
    }

    /**
     * Places members from {@code depth} on, the starts adding the fewest violations first; true once all are placed
     * within the target. A start is dropped when the clashes alone pass the target: they never fall as blocks are
     * placed, while the rules' count may (a gap is filled, a day reaches its minimum), so it is judged at the end.
     */
    private boolean place(int depth) {
        if (depth == size) {
            return search.hardViolations() <= target;
        }
        int b = members[depth];
        int now = search.hardViolations();
        int clashes = search.clashesAndTimePenalties();
        int count = 0;
        for (int s : search.allowedStarts(b)) {
            int day = s / periods;
            if (day != first && day != second) {
                continue;
            }
            if (clashes + search.clashesAt(b, s) > target) {
                continue;
            }
            search.insertionCost(b, s);
            long after = Math.max(0, now + search.lastPlainCost());
            options[depth][count++] = (after << 40) | ((long) random.nextInt(1 << 20) << 20) | s;
        }
        Arrays.sort(options[depth], 0, count);
        for (int i = 0; i < count; i++) {
            if (++nodes > MAX_NODES) {
                return false;
            }
            int s = (int) (options[depth][i] & 0xFFFFF);
            search.placeAt(b, s);
            if (place(depth + 1)) {
                return true;
            }
            search.placeAt(b, -1);
        }
        return false;
    }
}

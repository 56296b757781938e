package org.preau.engine.solve;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A fast phase for the hard clashes before Timefold's search: teachers and pupils double-booked (per week of the
 * cycle) and the hard time-window penalties of the starts, counted on int arrays exactly as
 * {@link TimetableConstraints} counts them. Greedy construction (hardest blocks first), then min-conflicts with a
 * tabu on (block, start): a random block in conflict moves to its best non-tabu allowed start (ties broken by the
 * seeded random), with an occasional random allowed start to leave plateaus. Blocks only ever take one of their
 * allowed starts. Deterministic for a seed when it ends by reaching zero (or by its iteration limit).
 *
 * <p>Other hard rules (max hours daily, min days between, rooms, ...) are not counted here; Timefold's phases,
 * which start from this assignment, score the result exactly and repair them.
 */
final class FastFeasibilitySearch {

    private final List<LessonBlock> blocks;
    private final int slotCount;
    private final int weeks;
    /** Per block: clash-checked uses as parallel arrays. */
    private final int[][] useResource;
    private final long[][] usePeriods;
    private final int[][] useWeeks;
    private final int[][] allowed;
    private final int[] start;
    /** count[(resource * weeks + week) * slotCount + slot]. */
    private final int[] count;
    private final int[] tabuUntil;
    private final SplittableRandom random;
    private final int[] conflicted;
    private final boolean[] inList;
    private int conflictedSize;
    private int hard;
    private long iterations;

    FastFeasibilitySearch(List<LessonBlock> blocks, int slotCount, long seed) {
        this.blocks = blocks;
        this.slotCount = slotCount;
        int n = blocks.size();
        useResource = new int[n][];
        usePeriods = new long[n][];
        useWeeks = new int[n][];
        allowed = new int[n][];
        int maxResource = 0;
        int weekBits = 0;
        for (int b = 0; b < n; b++) {
            LessonBlock block = blocks.get(b);
            List<ResourceUse> uses = block.uses().stream().filter(ResourceUse::clashChecked).toList();
            useResource[b] = new int[uses.size()];
            usePeriods[b] = new long[uses.size()];
            useWeeks[b] = new int[uses.size()];
            for (int u = 0; u < uses.size(); u++) {
                useResource[b][u] = uses.get(u).resource();
                usePeriods[b][u] = uses.get(u).periodMask();
                useWeeks[b][u] = uses.get(u).weekMask();
                maxResource = Math.max(maxResource, uses.get(u).resource());
                weekBits |= uses.get(u).weekMask();
            }
            allowed[b] = block.getAllowedStarts().stream().mapToInt(StartSlot::index).toArray();
        }
        weeks = Math.max(1, 32 - Integer.numberOfLeadingZeros(weekBits));
        count = new int[(maxResource + 1) * weeks * slotCount];
        start = new int[n];
        java.util.Arrays.fill(start, -1);
        int maxSlots = slotCount;
        tabuUntil = new int[n * maxSlots];
        random = new SplittableRandom(seed);
        conflicted = new int[n];
        inList = new boolean[n];
    }

    int hardViolations() {
        return hard;
    }

    long iterations() {
        return iterations;
    }

    /** Starts of the blocks (slot indexes), -1 when unplaced. */
    int[] starts() {
        return start.clone();
    }

    /**
     * Runs until no counted hard violation is left, the deadline (System.nanoTime) passes or {@code maxIterations}
     * steps are done. Returns the counted hard violations of the best assignment, which is kept in {@link #starts}.
     */
    int solve(long deadlineNanos, long maxIterations) {
        construct();
        int[] best = start.clone();
        int bestHard = hard;
        rebuildConflicted();
        int tenure = 10;
        int sinceBest = 0;
        while (hard > 0 && iterations < maxIterations) {
            if ((iterations & 255) == 0 && System.nanoTime() > deadlineNanos) {
                break;
            }
            iterations++;
            int b = pickConflicted();
            if (b < 0) {
                rebuildConflicted();
                b = pickConflicted();
                if (b < 0) {
                    break;
                }
            }
            int from = start[b];
            place(b, -1);
            int chosen;
            if (random.nextInt(100) < 3) {
                chosen = allowed[b][random.nextInt(allowed[b].length)];
            } else {
                chosen = -1;
                int chosenCost = Integer.MAX_VALUE;
                int ties = 0;
                for (int s : allowed[b]) {
                    if (s == from) {
                        continue;
                    }
                    int cost = insertionCost(b, s);
                    boolean tabu = tabuUntil[b * slotCount + s] > iterations;
                    if (tabu && hard + cost >= bestHard) {
                        continue; // aspiration: a tabu start only when it beats the best
                    }
                    if (cost < chosenCost) {
                        chosenCost = cost;
                        chosen = s;
                        ties = 1;
                    } else if (cost == chosenCost && random.nextInt(++ties) == 0) {
                        chosen = s;
                    }
                }
                if (chosen < 0) {
                    chosen = from;
                }
            }
            tabuUntil[b * slotCount + from] = (int) Math.min(Integer.MAX_VALUE, iterations + tenure + random.nextInt(tenure));
            place(b, chosen);
            markNeighbours(b);
            if (hard < bestHard) {
                bestHard = hard;
                System.arraycopy(start, 0, best, 0, start.length);
                sinceBest = 0;
            } else if (++sinceBest > 20_000) {
                // stuck: restart from the best with a fresh tabu list
                restore(best);
                java.util.Arrays.fill(tabuUntil, 0);
                sinceBest = 0;
            }
        }
        if (hard > bestHard) {
            restore(best);
        }
        return hard;
    }

    private void restore(int[] starts) {
        for (int b = 0; b < start.length; b++) {
            if (start[b] != starts[b]) {
                place(b, -1);
            }
        }
        for (int b = 0; b < start.length; b++) {
            if (start[b] != starts[b]) {
                place(b, starts[b]);
            }
        }
        rebuildConflicted();
    }

    /** Hardest blocks first (fewest allowed starts, then most resources), each at its cheapest start. */
    private void construct() {
        Integer[] order = new Integer[blocks.size()];
        for (int b = 0; b < order.length; b++) {
            order[b] = b;
        }
        java.util.Arrays.sort(order, (x, y) -> x.intValue() == y.intValue() ? 0
                : allowed[x].length != allowed[y].length ? Integer.compare(allowed[x].length, allowed[y].length)
                : useResource[x].length != useResource[y].length ? Integer.compare(useResource[y].length, useResource[x].length)
                : Integer.compare(x, y));
        for (int b : order) {
            int chosen = -1;
            int chosenCost = Integer.MAX_VALUE;
            int ties = 0;
            for (int s : allowed[b]) {
                int cost = insertionCost(b, s);
                if (cost < chosenCost) {
                    chosenCost = cost;
                    chosen = s;
                    ties = 1;
                } else if (cost == chosenCost && random.nextInt(++ties) == 0) {
                    chosen = s;
                }
            }
            place(b, chosen);
        }
    }

    /** Hard violations added by putting unplaced block b at slot s. */
    int insertionCost(int b, int s) {
        int cost = blocks.get(b).hardTimePenaltyAt(s);
        int[] res = useResource[b];
        for (int u = 0; u < res.length; u++) {
            for (int w = useWeeks[b][u]; w != 0; w &= w - 1) {
                int base = (res[u] * weeks + Integer.numberOfTrailingZeros(w)) * slotCount + s;
                for (long p = usePeriods[b][u]; p != 0; p &= p - 1) {
                    if (count[base + Long.numberOfTrailingZeros(p)] > 0) {
                        cost++;
                    }
                }
            }
        }
        return cost;
    }

    /** Moves block b to slot s (-1: takes it out), keeping the counters and the hard total. */
    private void place(int b, int s) {
        int old = start[b];
        if (old >= 0) {
            hard -= blocks.get(b).hardTimePenaltyAt(old);
            apply(b, old, -1);
        }
        start[b] = s;
        if (s >= 0) {
            hard += blocks.get(b).hardTimePenaltyAt(s);
            apply(b, s, +1);
        }
    }

    private void apply(int b, int s, int delta) {
        int[] res = useResource[b];
        for (int u = 0; u < res.length; u++) {
            for (int w = useWeeks[b][u]; w != 0; w &= w - 1) {
                int base = (res[u] * weeks + Integer.numberOfTrailingZeros(w)) * slotCount + s;
                for (long p = usePeriods[b][u]; p != 0; p &= p - 1) {
                    int cell = base + Long.numberOfTrailingZeros(p);
                    if (delta > 0) {
                        if (++count[cell] > 1) {
                            hard++;
                        }
                    } else if (count[cell]-- > 1) {
                        hard--;
                    }
                }
            }
        }
    }

    /** Hard violations block b takes part in where it is (clashes of its cells and its time penalty). */
    private int conflictOf(int b) {
        int s = start[b];
        if (s < 0) {
            return 0;
        }
        int cost = blocks.get(b).hardTimePenaltyAt(s);
        int[] res = useResource[b];
        for (int u = 0; u < res.length; u++) {
            for (int w = useWeeks[b][u]; w != 0; w &= w - 1) {
                int base = (res[u] * weeks + Integer.numberOfTrailingZeros(w)) * slotCount + s;
                for (long p = usePeriods[b][u]; p != 0; p &= p - 1) {
                    if (count[base + Long.numberOfTrailingZeros(p)] > 1) {
                        cost++;
                    }
                }
            }
        }
        return cost;
    }

    private void rebuildConflicted() {
        conflictedSize = 0;
        java.util.Arrays.fill(inList, false);
        for (int b = 0; b < start.length; b++) {
            if (conflictOf(b) > 0 && allowed[b].length > 1) {
                conflicted[conflictedSize++] = b;
                inList[b] = true;
            }
        }
    }

    private void markNeighbours(int b) {
        if (!inList[b] && conflictOf(b) > 0 && allowed[b].length > 1) {
            inList[b] = true;
            conflicted[conflictedSize++] = b;
        }
        for (int n : blocks.get(b).neighbours()) {
            if (!inList[n] && allowed[n].length > 1 && conflictOf(n) > 0) {
                inList[n] = true;
                conflicted[conflictedSize++] = n;
            }
        }
    }

    /** A random block in conflict, dropping the ones that no longer are; -1 if none. */
    private int pickConflicted() {
        while (conflictedSize > 0) {
            int i = random.nextInt(conflictedSize);
            int b = conflicted[i];
            if (conflictOf(b) > 0) {
                return b;
            }
            conflicted[i] = conflicted[--conflictedSize];
            inList[b] = false;
        }
        return -1;
    }
}

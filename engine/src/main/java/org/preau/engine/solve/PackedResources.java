package org.preau.engine.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts no valid timetable can use, found before the fast phase, for it to leave out. When a teacher's (or
 * pupils') lessons exactly fill the periods they can take, each of those periods holds one of them in every valid
 * timetable; a block that shares a teacher or pupils with each lesson that could be in such a period cannot be
 * there. Hungary-bethlen: KENÉ teaches 12 lessons (classes 12B, 12C1 and 12D1) and may teach at 12 periods, so the
 * "sáv" block that holds all three classes for two periods may not touch those periods: one start is left of 17,
 * where the fast phase used to get stuck with it on one of them. Only lessons of every week are reasoned on (an A/B
 * lesson does not fill a period every week). {@code -Dpreau.packed=false} turns it off. The narrowing itself is
 * sound whatever its size; {@link #ruleOut} marks only the large ones.
 */
final class PackedResources {

    static final boolean ENABLED = !"false".equals(System.getProperty("preau.packed"));
    /** Rounds of narrowing: a narrowed block can leave another resource packed. */
    private static final int MAX_ROUNDS = 4;

    private final int slotCount;
    private final int[][] starts;
    /** Per block: its clash-checked uses of every week, by resource. */
    private final List<Map<Integer, ResourceUse>> usesOf = new ArrayList<>();
    /** Per resource: the blocks using it so. */
    private final List<List<Integer>> blocksOf = new ArrayList<>();
    /** Blocks already listed by {@link #neighbours}, marked with the current {@link #epoch}. */
    private final int[] seen;
    private int epoch;

    private PackedResources(List<List<ResourceUse>> uses, int[][] starts, int slotCount, int everyWeek) {
        this.starts = starts;
        this.slotCount = slotCount;
        this.seen = new int[uses.size()];
        for (int b = 0; b < uses.size(); b++) {
            Map<Integer, ResourceUse> byResource = new HashMap<>();
            for (ResourceUse use : uses.get(b)) {
                if (use.clashChecked()) {
                    // an A/B use (or a resource used twice) marks the resource as not reasoned on (null)
                    boolean plain = use.weekMask() == everyWeek && !byResource.containsKey(use.resource());
                    byResource.put(use.resource(), plain ? use : null);
                    while (blocksOf.size() <= use.resource()) {
                        blocksOf.add(new ArrayList<>());
                    }
                    blocksOf.get(use.resource()).add(b);
                }
            }
            usesOf.add(byResource);
        }
    }

    /**
     * Marks on each block the allowed starts no valid timetable uses ({@link LessonBlock#ruledOutAt}), for the fast
     * phase; run once per solve, on the blocks it searches. A block is marked only when it loses at least half its
     * starts: ruling out a few starts of many blocks made the fast phase worse (germany-gyr: 21 blocks lose 6 of 39
     * starts, and the fast phase, two searches, 40 s, seeds 0-7, solved it with 1 seed against 5; 2 against 5 once
     * Kempe swaps kept to the narrowed starts). A block never loses its last start. Stops narrowing at
     * {@code untilNanos} (System.nanoTime), marking what it found so far: each narrowing holds on its own, and a
     * short limit is the user's (fet-data's SPAIN_20-21-locked, whose pinned lessons pack many resources, took 1 s).
     */
    static void ruleOut(List<LessonBlock> blocks, int slotCount, long untilNanos) {
        if (!ENABLED) {
            return;
        }
        int everyWeek = 0; // the weeks anything happens in: a lesson of all of them fills its period every week
        for (LessonBlock block : blocks) {
            for (ResourceUse use : block.uses()) {
                everyWeek |= use.clashChecked() ? use.weekMask() : 0;
            }
        }
        int[][] allowed = blocks.stream()
                .map(block -> block.getAllowedStarts().stream().mapToInt(StartSlot::index).toArray()).toArray(int[][]::new);
        int[][] starts = Arrays.stream(allowed).map(int[]::clone).toArray(int[][]::new);
        PackedResources packed = new PackedResources(blocks.stream().map(LessonBlock::uses).toList(), starts, slotCount,
                everyWeek);
        boolean narrowed = true;
        for (int round = 0; round < MAX_ROUNDS && narrowed; round++) {
            narrowed = false;
            for (int r = 0; r < packed.blocksOf.size() && System.nanoTime() < untilNanos; r++) {
                narrowed |= packed.narrowAround(r);
            }
        }
        for (int b = 0; b < blocks.size(); b++) {
            if (2 * starts[b].length <= allowed[b].length) {
                boolean[] out = new boolean[slotCount];
                for (int s : allowed[b]) {
                    out[s] = true;
                }
                for (int s : starts[b]) {
                    out[s] = false;
                }
                blocks.get(b).ruleOut(out);
            }
        }
    }

    /** If resource r is packed, takes from the other blocks the starts that would surely clash in its periods. */
    private boolean narrowAround(int r) {
        List<Integer> own = blocksOf.get(r);
        BitSet[] couldBeAt = new BitSet[slotCount];
        int demand = 0;
        for (int i = 0; i < own.size(); i++) {
            ResourceUse use = usesOf.get(own.get(i)).get(r);
            if (use == null) {
                return false;
            }
            demand += Long.bitCount(use.periodMask());
            for (int s : starts[own.get(i)]) {
                for (long p = use.periodMask(); p != 0; p &= p - 1) {
                    int cell = s + Long.numberOfTrailingZeros(p);
                    if (couldBeAt[cell] == null) {
                        couldBeAt[cell] = new BitSet();
                    }
                    couldBeAt[cell].set(i);
                }
            }
        }
        List<BitSet> periods = Arrays.stream(couldBeAt).filter(at -> at != null).toList();
        if (periods.size() != demand) {
            return false;
        }
        List<BitSet> kinds = periods.stream().distinct().toList();
        Map<Integer, BitSet> alongside = alongside(r, own);
        boolean narrowed = false;
        // a block ruled out of a period meets every r block that could be there, so the first of them too
        List<Integer> firsts = kinds.stream().map(kind -> own.get(kind.nextSetBit(0))).distinct().toList();
        for (int x : neighbours(firsts)) {
            if (!usesOf.get(x).containsKey(r)) {
                narrowed |= narrow(x, alongside, couldBeAt, kinds);
            }
        }
        return narrowed;
    }

    /**
     * For each resource q: which of r's blocks (by position in {@code own}) keep q busy, every week, whenever they
     * keep r busy; any of them in r's period clashes there with a block using q.
     */
    private Map<Integer, BitSet> alongside(int r, List<Integer> own) {
        Map<Integer, BitSet> alongside = new HashMap<>();
        for (int i = 0; i < own.size(); i++) {
            Map<Integer, ResourceUse> uses = usesOf.get(own.get(i));
            long rPeriods = uses.get(r).periodMask();
            for (ResourceUse use : uses.values()) {
                if (use != null && use.resource() != r && (use.periodMask() & rPeriods) == rPeriods) {
                    alongside.computeIfAbsent(use.resource(), q -> new BitSet()).set(i);
                }
            }
        }
        return alongside;
    }

    /**
     * Takes from block x the starts where, in one of r's periods, it clashes with whichever r block is there
     * ({@code kinds}: the distinct sets of r blocks that could be in one of its periods).
     */
    private boolean narrow(int x, Map<Integer, BitSet> alongside, BitSet[] couldBeAt, List<BitSet> kinds) {
        BitSet[] clashingAt = new BitSet[Long.SIZE]; // per period of x counted from its start: the r blocks it meets
        BitSet reached = new BitSet();
        for (ResourceUse use : usesOf.get(x).values()) {
            BitSet meets = use == null ? null : alongside.get(use.resource());
            if (meets == null) {
                continue;
            }
            reached.or(meets);
            for (long p = use.periodMask(); p != 0; p &= p - 1) {
                int offset = Long.numberOfTrailingZeros(p);
                if (clashingAt[offset] == null) {
                    clashingAt[offset] = new BitSet();
                }
                clashingAt[offset].or(meets);
            }
        }
        if (kinds.stream().noneMatch(kind -> within(kind, reached))) {
            return false; // the usual case: a lesson sharing pupils with one of r's lessons clashes with none surely
        }
        int[] kept = new int[starts[x].length];
        int size = 0;
        for (int s : starts[x]) {
            if (!surelyClashesAt(s, clashingAt, couldBeAt)) {
                kept[size++] = s;
            }
        }
        if (size == starts[x].length || size == 0) {
            return false;
        }
        starts[x] = Arrays.copyOf(kept, size);
        return true;
    }

    private boolean surelyClashesAt(int s, BitSet[] clashingAt, BitSet[] couldBeAt) {
        for (int offset = 0; offset < clashingAt.length && s + offset < slotCount; offset++) {
            BitSet there = couldBeAt[s + offset];
            if (clashingAt[offset] != null && there != null && within(there, clashingAt[offset])) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(BitSet some, BitSet all) {
        for (int i = some.nextSetBit(0); i >= 0; i = some.nextSetBit(i + 1)) {
            if (!all.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The blocks sharing a resource with one of {@code ys}, each once. */
    private List<Integer> neighbours(List<Integer> ys) {
        epoch++;
        List<Integer> neighbours = new ArrayList<>();
        for (int y : ys) {
            for (int q : usesOf.get(y).keySet()) {
                for (int n : blocksOf.get(q)) {
                    if (seen[n] != epoch) {
                        seen[n] = epoch;
                        neighbours.add(n);
                    }
                }
            }
        }
        return neighbours;
    }
}

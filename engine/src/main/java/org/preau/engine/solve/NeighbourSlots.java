package org.preau.engine.solve;

import java.util.Arrays;
import java.util.List;

/**
 * The placed neighbours of one block (blocks sharing a teacher or pupils with it), listed by the slots they
 * cover: what a move of the block to a slot may bump into, found without walking every neighbour for every slot.
 */
final class NeighbourSlots {

    private final List<LessonBlock> blocks;
    private final int periods;
    /** A linked list of entries per slot: {@link #head}, then {@link #next}; -1 ends it. */
    private final int[] head;
    private int[] next = new int[64];
    private int[] entryBlock = new int[64];
    private int entries;
    private final int[] touched;
    private int touchedCount;

    NeighbourSlots(List<LessonBlock> blocks, int slotCount, int periods) {
        this.blocks = blocks;
        this.periods = periods;
        head = new int[slotCount];
        Arrays.fill(head, -1);
        touched = new int[slotCount];
    }

    /** Indexes where the neighbours of block b are now ({@code starts[n]}, -1 when not placed). */
    void prepare(int b, int[] starts) {
        for (int i = 0; i < touchedCount; i++) {
            head[touched[i]] = -1;
        }
        touchedCount = 0;
        entries = 0;
        for (int n : blocks.get(b).neighbours()) {
            int at = starts[n];
            if (at < 0) {
                continue;
            }
            int span = blocks.get(n).span();
            for (int k = 0; k < span && (at + k) % periods >= at % periods; k++) {
                add(at + k, n);
            }
        }
    }

    /** The first entry at a slot, -1 when none; walk on with {@link #next(int)}. */
    int first(int slot) {
        return head[slot];
    }

    int next(int entry) {
        return next[entry];
    }

    int block(int entry) {
        return entryBlock[entry];
    }

    private void add(int slot, int block) {
        if (entries == next.length) {
            next = Arrays.copyOf(next, entries * 2);
            entryBlock = Arrays.copyOf(entryBlock, entries * 2);
        }
        if (head[slot] < 0) {
            touched[touchedCount++] = slot;
        }
        entryBlock[entries] = block;
        next[entries] = head[slot];
        head[slot] = entries++;
    }
}

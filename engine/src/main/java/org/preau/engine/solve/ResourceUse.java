package org.preau.engine.solve;

/**
 * A block keeps a resource busy: {@code periodMask} holds the periods used counted from the block's start
 * (bit 0 = the start period), {@code weekMask} the weeks of the cycle. Precomputed once; deliberately without
 * a reference to its block (solution clones would share it), the stream pairs it with the block.
 */
public record ResourceUse(int resource, boolean clashChecked, long periodMask, int weekMask) {
}

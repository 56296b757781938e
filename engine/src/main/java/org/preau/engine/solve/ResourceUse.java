package org.preau.engine.solve;

/**
 * A block keeps a resource busy: {@code periodMask} holds the periods used counted from the block's start
 * (bit 0 = the start period), {@code weekMask} the weeks of the cycle. Precomputed once; the current day and
 * start are read from the block when the use is counted.
 */
public record ResourceUse(int resource, boolean clashChecked, long periodMask, int weekMask, LessonBlock block) {

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

package org.preau.engine.solve;

/** A placed lesson of a {@link TagGapRule}: where it is and which of the two tags it carries. */
public record TaggedPlacement(int day, int period, int duration, boolean firstTag) {
}

package org.preau.engine.solve;

/**
 * A placed lesson in room index {@code room}, from (day, period) for {@code duration} periods, in the weeks of the
 * cycle of mask {@code weeks} (bit w = week w).
 */
public record RoomVisit(int day, int period, int duration, int room, int weeks) {
}

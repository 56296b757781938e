package org.preau.engine.solve;

/** A placed lesson in room index {@code room}, from (day, period) for {@code duration} periods. */
public record RoomVisit(int day, int period, int duration, int room) {
}

package org.preau.engine.solve;

/** Where a lesson currently is: from (day, period) for {@code duration} periods. */
public record PlacedLesson(int day, int period, int duration) {
}

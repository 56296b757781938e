package org.preau.engine.solve;

/** Lesson {@code lesson} (an index) is one of the lessons of a {@link MaxRoomsRule}. */
public record MaxRoomsMember(MaxRoomsRule rule, int lesson) {
}

package org.preau.engine.solve;

/** A room busy on a day for these periods (absolute mask), as computed from a booking and its block. */
record RoomSlotUse(int room, int day, long periods, int weeks) {
}

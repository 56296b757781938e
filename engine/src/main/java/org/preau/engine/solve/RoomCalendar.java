package org.preau.engine.solve;

/** When each room is closed: hard counts and soft costs per (room, absolute slot = day * periods + period). */
public record RoomCalendar(int periodsPerDay, int[][] hardClosed, long[][] softClosed) {

    int hardViolations(int room, int day, long periods) {
        int n = 0;
        for (long rest = periods; rest != 0; rest &= rest - 1) {
            n += hardClosed[room][day * periodsPerDay + Long.numberOfTrailingZeros(rest)];
        }
        return n;
    }

    long softCost(int room, int day, long periods) {
        long n = 0;
        for (long rest = periods; rest != 0; rest &= rest - 1) {
            n += softClosed[room][day * periodsPerDay + Long.numberOfTrailingZeros(rest)];
        }
        return n;
    }
}

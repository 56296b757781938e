package org.preau.engine.solve;

/**
 * Two lessons (indexes, with their blocks and durations) that, when back to back on one day, must share their room.
 * Judged on their bookings; a lesson without a booking (no room) never breaks it.
 */
public record RoomPairRule(int firstLesson, int firstBlock, int firstDuration, int secondLesson, int secondBlock,
        int secondDuration, Level level, long softWeight) {

    long cost() {
        return level == Level.HARD ? 1 : softWeight;
    }

    boolean backToBack(LessonBlock first, LessonBlock second) {
        return first.day() == second.day() && (first.period() + firstDuration == second.period()
                || second.period() + secondDuration == first.period());
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

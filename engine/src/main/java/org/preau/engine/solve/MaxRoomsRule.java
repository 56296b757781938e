package org.preau.engine.solve;

/** The lessons of {@link MaxRoomsMember}s pointing at this rule use at most {@code max} different rooms. */
public record MaxRoomsRule(int max, Level level, long softWeight) {

    /** FET counts one violation, however many rooms too many. */
    long cost() {
        return level == Level.HARD ? 1 : softWeight;
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

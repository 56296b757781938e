package org.preau.engine.solve;

/** A value of a booking's room variable. */
public record RoomValue(int index, String id) {

    @Override
    public String toString() {
        return id;
    }
}

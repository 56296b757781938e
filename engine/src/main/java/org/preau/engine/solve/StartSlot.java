package org.preau.engine.solve;

/** A value of a block's time variable: the day and the period its lessons start at. */
public record StartSlot(int index, int day, int period) {

    @Override
    public String toString() {
        return "d" + day + "p" + period;
    }
}

package org.preau.engine.model;

import java.time.LocalTime;

/**
 * A period (FET's "hour", the French "créneau" within a day), e.g. "M1" or "08:00".
 * {@code start} and {@code end} are optional: FET files only name their periods.
 */
public record Period(int index, String name, LocalTime start, LocalTime end) {

    public static Period named(int index, String name) {
        return new Period(index, name, null, null);
    }
}

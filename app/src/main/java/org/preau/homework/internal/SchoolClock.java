package org.preau.homework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Dates and deadlines as the school lives them: in metropolitan France's time. */
public final class SchoolClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    /** Copies are due at the start of the school day unless the teacher says otherwise. */
    public static final LocalTime DEFAULT_HAND_IN_TIME = LocalTime.of(8, 0);

    private SchoolClock() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(ZONE).toInstant();
    }
}

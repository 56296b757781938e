package org.preau.school;

import java.time.LocalDate;

/** An année scolaire, September to July. */
public record SchoolYearView(SchoolYearId id, String name, LocalDate startsOn, LocalDate endsOn) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}

package org.preau.school;

import java.time.LocalDate;

/** A trimestre or semestre of a school year; {@code position} starts at 1. */
public record PeriodView(PeriodId id, SchoolYearId schoolYearId, String name, String kind, int position,
                         LocalDate startsOn, LocalDate endsOn) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}

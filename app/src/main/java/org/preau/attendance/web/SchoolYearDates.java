package org.preau.attendance.web;

import java.time.LocalDate;
import java.time.Month;

import org.preau.attendance.internal.HalfDays;
import org.preau.school.SchoolStructure;
import org.springframework.stereotype.Component;

/** The current school year's dates for statistics (1 September to today when no year is set up). */
@Component
class SchoolYearDates {

    private final SchoolStructure structure;

    SchoolYearDates(SchoolStructure structure) {
        this.structure = structure;
    }

    LocalDate start() {
        LocalDate today = LocalDate.now(HalfDays.ZONE);
        return structure.currentYear().map(y -> y.startsOn()).orElseGet(() -> {
            int year = today.getMonthValue() >= Month.SEPTEMBER.getValue() ? today.getYear() : today.getYear() - 1;
            return LocalDate.of(year, Month.SEPTEMBER, 1);
        });
    }

    LocalDate endOrToday() {
        LocalDate today = LocalDate.now(HalfDays.ZONE);
        return structure.currentYear().map(y -> y.endsOn().isBefore(today) ? y.endsOn() : today).orElse(today);
    }
}

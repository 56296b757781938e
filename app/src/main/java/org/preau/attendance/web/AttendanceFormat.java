package org.preau.attendance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.preau.attendance.internal.HalfDays;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Dates and times the French way in the school's time zone, for the module's pages ({@code ${fmt.…}}). */
@ControllerAdvice(basePackageClasses = AttendanceFormat.class)
class AttendanceFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.FRENCH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    @ModelAttribute("fmt")
    AttendanceFormat fmt() {
        return this;
    }

    public String time(Instant instant) {
        return TIME.format(instant.atZone(HalfDays.ZONE));
    }

    public String day(Instant instant) {
        return DAY.format(instant.atZone(HalfDays.ZONE));
    }

    public String day(LocalDate date) {
        return DAY.format(date);
    }

    public String month(java.time.YearMonth month) {
        return MONTH.format(month);
    }

    /** "lun. 16 nov. 08:00–08:55", or across days "lun. 16 nov. 08:00 → mer. 18 nov. 17:00". */
    public String range(Instant start, Instant end) {
        var from = start.atZone(HalfDays.ZONE);
        var to = end.atZone(HalfDays.ZONE);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return SHORT_DAY.format(from) + " " + TIME.format(from) + "–" + TIME.format(to);
        }
        return SHORT_DAY.format(from) + " " + TIME.format(from) + " → " + SHORT_DAY.format(to) + " " + TIME.format(to);
    }
}

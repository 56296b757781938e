package org.preau.attendance.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;

import org.preau.attendance.HalfDayCounts;

/**
 * Counts absences in half-days (demi-journées), the unit of the law and of report cards: a morning or an
 * afternoon in which the pupil missed at least one lesson counts once, however many lessons were missed.
 * <p>
 * An absence taken at a roll call counts the half-day its lesson falls in. An absence entered by vie scolaire
 * over a range counts only school half-days: Monday to Friday between 8:00 and 18:00, not Wednesday afternoon
 * (no lessons then in most collèges). Holidays are not known here; ranges over holidays should be split.
 */
public final class HalfDays {

    /** Schools' local time (metropolitan France). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final LocalTime MIDDAY = LocalTime.of(12, 30);
    static final LocalTime SCHOOL_DAY_START = LocalTime.of(8, 0);
    static final LocalTime SCHOOL_DAY_END = LocalTime.of(18, 0);

    /** One absence as counting sees it. */
    public record Span(Instant start, Instant end, boolean justified, boolean fromLesson) {
    }

    public record HalfDay(LocalDate date, boolean morning) implements Comparable<HalfDay> {

        @Override
        public int compareTo(HalfDay other) {
            int byDate = date.compareTo(other.date);
            return byDate != 0 ? byDate : Boolean.compare(other.morning, morning);
        }
    }

    private HalfDays() {
    }

    /** The half-days one absence covers. */
    public static Set<HalfDay> covered(Span span) {
        Set<HalfDay> halves = new LinkedHashSet<>();
        LocalDate first = LocalDate.ofInstant(span.start(), ZONE);
        LocalDate last = LocalDate.ofInstant(span.end(), ZONE);
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (boolean morning : new boolean[] {true, false}) {
                if (touches(span, date, morning)) {
                    halves.add(new HalfDay(date, morning));
                }
            }
        }
        return halves;
    }

    /** Distinct half-days between {@code from} and {@code to} (inclusive) of a pupil's absences. */
    public static HalfDayCounts count(Collection<Span> absences, LocalDate from, LocalDate to) {
        TreeMap<HalfDay, Boolean> justifiedByHalfDay = new TreeMap<>();
        for (Span span : absences) {
            for (HalfDay half : covered(span)) {
                if (!half.date().isBefore(from) && !half.date().isAfter(to)) {
                    justifiedByHalfDay.merge(half, span.justified(), Boolean::logicalAnd);
                }
            }
        }
        int justified = (int) justifiedByHalfDay.values().stream().filter(j -> j).count();
        return new HalfDayCounts(justified, justifiedByHalfDay.size() - justified);
    }

    private static boolean touches(Span span, LocalDate date, boolean morning) {
        LocalTime from;
        LocalTime to;
        if (span.fromLesson()) {
            from = morning ? LocalTime.MIN : MIDDAY;
            to = morning ? MIDDAY : LocalTime.MAX;
        } else {
            if (!isSchoolHalfDay(date, morning)) {
                return false;
            }
            from = morning ? SCHOOL_DAY_START : MIDDAY;
            to = morning ? MIDDAY : SCHOOL_DAY_END;
        }
        Instant start = date.atTime(from).atZone(ZONE).toInstant();
        Instant end = date.atTime(to).atZone(ZONE).toInstant();
        return span.start().isBefore(end) && span.end().isAfter(start);
    }

    static boolean isSchoolHalfDay(LocalDate date, boolean morning) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        return morning || day != DayOfWeek.WEDNESDAY;
    }
}

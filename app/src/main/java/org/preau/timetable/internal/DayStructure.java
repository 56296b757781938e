package org.preau.timetable.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a school's week is cut: the days taught, the créneaux of a day (55-minute periods separated by the
 * récréation and lunch, which are simply the gaps between periods) and the closed slots (Wednesday afternoon).
 * Positions are 1-based.
 */
public record DayStructure(List<DayOfWeek> days, List<PeriodDef> periods, Set<SlotRef> closed, char holidayZone) {

    public DayStructure {
        days = List.copyOf(days);
        periods = List.copyOf(periods);
        closed = Set.copyOf(closed);
    }

    public record PeriodDef(int position, String name, LocalTime start, LocalTime end) {
    }

    /** A slot of the week by day of week and period position. */
    public record SlotRef(DayOfWeek day, int position) {
    }

    /** The usual collège: Monday–Friday, seven 55-minute periods from 8:00 to 16:30 (lunch 11:55–13:30), no lessons on Wednesday afternoon. */
    public static DayStructure typicalCollege() {
        List<PeriodDef> periods = List.of(
                new PeriodDef(1, "M1", LocalTime.of(8, 0), LocalTime.of(8, 55)),
                new PeriodDef(2, "M2", LocalTime.of(8, 55), LocalTime.of(9, 50)),
                new PeriodDef(3, "M3", LocalTime.of(10, 5), LocalTime.of(11, 0)),
                new PeriodDef(4, "M4", LocalTime.of(11, 0), LocalTime.of(11, 55)),
                new PeriodDef(5, "S1", LocalTime.of(13, 30), LocalTime.of(14, 25)),
                new PeriodDef(6, "S2", LocalTime.of(14, 25), LocalTime.of(15, 20)),
                new PeriodDef(7, "S3", LocalTime.of(15, 35), LocalTime.of(16, 30)));
        Set<SlotRef> closed = Set.of(new SlotRef(DayOfWeek.WEDNESDAY, 5), new SlotRef(DayOfWeek.WEDNESDAY, 6),
                new SlotRef(DayOfWeek.WEDNESDAY, 7));
        return new DayStructure(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), periods, closed, 'C');
    }

    public Optional<PeriodDef> period(int position) {
        return periods.stream().filter(p -> p.position() == position).findFirst();
    }

    int dayIndex(DayOfWeek day) {
        return days.indexOf(day);
    }

    int periodIndex(int position) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).position() == position) {
                return i;
            }
        }
        return -1;
    }

    public boolean isClosed(DayOfWeek day, int position) {
        return closed.contains(new SlotRef(day, position));
    }
}

package org.preau.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.preau.attendance.internal.HalfDays;
import org.preau.attendance.internal.HalfDays.Span;

class HalfDayCountingTests {

    // Monday 16 November 2026 … Friday 20 November 2026
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    private static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(HalfDays.ZONE).toInstant();
    }

    private static Span lesson(LocalDate day, int hour, boolean justified) {
        return new Span(at(day, hour, 0), at(day, hour, 55), justified, true);
    }

    @Test
    void severalMissedLessonsInOneMorningCountAsOneHalfDay() {
        List<Span> absences = List.of(lesson(MONDAY, 8, false), lesson(MONDAY, 9, false), lesson(MONDAY, 10, false));

        assertThat(HalfDays.count(absences, MONDAY, MONDAY)).isEqualTo(new HalfDayCounts(0, 1));
    }

    @Test
    void aMorningLessonAndAnAfternoonLessonCountAsTwoHalfDays() {
        List<Span> absences = List.of(lesson(MONDAY, 10, false), lesson(MONDAY, 14, true));

        assertThat(HalfDays.count(absences, MONDAY, MONDAY)).isEqualTo(new HalfDayCounts(1, 1));
    }

    @Test
    void aHalfDayWithOneUnjustifiedLessonCountsAsUnjustified() {
        List<Span> absences = List.of(lesson(MONDAY, 8, true), lesson(MONDAY, 11, false));

        assertThat(HalfDays.count(absences, MONDAY, MONDAY)).isEqualTo(new HalfDayCounts(0, 1));
    }

    @Test
    void aRangeOverAWeekCountsSchoolHalfDaysOnlyWithoutWednesdayAfternoonNorTheWeekEnd() {
        // Monday 8:00 to the next Monday 8:00: Mon–Fri = 10 half-days, minus Wednesday afternoon = 9.
        Span week = new Span(at(MONDAY, 8, 0), at(MONDAY.plusDays(7), 8, 0), true, false);

        assertThat(HalfDays.covered(week)).hasSize(9);
        assertThat(HalfDays.count(List.of(week), MONDAY, MONDAY.plusDays(13))).isEqualTo(new HalfDayCounts(9, 0));
    }

    @Test
    void aRangeEndingAtMiddayCoversTheMorningOnly() {
        Span morning = new Span(at(MONDAY, 8, 0), at(MONDAY, 12, 30), false, false);

        assertThat(HalfDays.covered(morning)).containsExactly(new HalfDays.HalfDay(MONDAY, true));
    }

    @Test
    void onlyHalfDaysBetweenTheDatesAreCounted() {
        List<Span> absences = List.of(lesson(MONDAY, 8, false), lesson(MONDAY.plusDays(1), 8, false),
                lesson(MONDAY.plusDays(2), 8, false));

        assertThat(HalfDays.count(absences, MONDAY.plusDays(1), MONDAY.plusDays(1))).isEqualTo(new HalfDayCounts(0, 1));
    }

    @Test
    void noAbsenceCountsNothing() {
        assertThat(HalfDays.count(List.of(), MONDAY, MONDAY.plusDays(30))).isEqualTo(HalfDayCounts.NONE);
    }
}

package org.preau.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.preau.school.StaffId;
import org.preau.timetable.DatedLesson;
import org.preau.timetable.LessonCalendar;

/**
 * Weeks of the demo timetable in which a teacher teaches, counted from next week and skipping the holidays: tests
 * that write on lessons take different weeks, so that they never meet. Call inside the demo school's tenant.
 */
public final class TeachingWeeks {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private TeachingWeeks() {
    }

    /** The teacher's lessons in the {@code n}th week (1 = the first) after this one where they teach. */
    public static List<DatedLesson> lessonsOfWeek(LessonCalendar calendar, StaffId teacher, int n) {
        LocalDate monday = LocalDate.now(PARIS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int found = 0;
        for (int week = 1; week <= 52; week++) {
            LocalDate from = monday.plusWeeks(week);
            List<DatedLesson> lessons = calendar.taughtBy(teacher, from, from.plusDays(6));
            if (!lessons.isEmpty() && ++found == n) {
                return lessons;
            }
        }
        throw new IllegalStateException("The timetable gives " + teacher + " fewer than " + n + " weeks of lessons");
    }
}

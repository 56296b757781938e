package org.preau.engine.generate;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.preau.engine.model.Day;
import org.preau.engine.model.Period;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Week;

/**
 * A French school week: Monday to Friday, 55-minute lessons from 8:00 with a morning and an afternoon
 * récréation (between periods), the lunch break (12:10–13:30, no lesson) and, in collèges, no lessons on
 * Wednesday afternoon. The last lesson ends at 16:35, or 17:35 in lycées.
 */
final class FrenchWeek {

    static final String[] DAYS = {"Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"};
    static final int WEDNESDAY = 2;
    /** Index of the lunch period. */
    static final int LUNCH = 4;
    private static final String[][] TIMES = {
            {"08:00", "08:55"}, {"09:00", "09:55"}, {"10:10", "11:05"}, {"11:10", "12:05"}, {"12:10", "13:25"},
            {"13:30", "14:25"}, {"14:30", "15:25"}, {"15:40", "16:35"}, {"16:40", "17:35"}};

    private FrenchWeek() {
    }

    static Week of(boolean lycee) {
        List<Day> days = new ArrayList<>();
        for (int d = 0; d < DAYS.length; d++) {
            days.add(new Day(d, DAYS[d]));
        }
        int count = lycee ? 9 : 8;
        List<Period> periods = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            periods.add(new Period(p, p == LUNCH ? "Déjeuner" : (p < LUNCH ? "M" + (p + 1) : "S" + (p - LUNCH)),
                    LocalTime.parse(TIMES[p][0]), LocalTime.parse(TIMES[p][1])));
        }
        Set<Slot> breaks = new HashSet<>();
        for (int d = 0; d < DAYS.length; d++) {
            breaks.add(new Slot(d, LUNCH));
            for (int p = LUNCH + 1; !lycee && d == WEDNESDAY && p < count; p++) {
                breaks.add(new Slot(d, p));
            }
        }
        return new Week(days, periods, breaks);
    }

    /** Teaching slots in the week. */
    static int teachingSlots(Week week) {
        return week.dayCount() * week.periodsPerDay() - week.breaks().size();
    }
}

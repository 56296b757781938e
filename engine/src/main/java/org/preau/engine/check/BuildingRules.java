package org.preau.engine.check;

import java.util.List;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.MaxBuildingChangesPerDay;
import org.preau.engine.model.Constraint.MaxBuildingChangesPerWeek;
import org.preau.engine.model.Constraint.MinGapsBetweenBuildingChanges;
import org.preau.engine.model.ResourceRef;

/**
 * Moves between buildings (a teacher's or each pupil subgroup's day), read as FET does: the building of the room of
 * each period's lesson, periods without a lesson in a room of a known building being blanks.
 */
final class BuildingRules {

    private final Schedule s;
    private final Attendees attendees;
    private final Wording w;

    BuildingRules(Schedule s, Attendees attendees) {
        this.s = s;
        this.attendees = attendees;
        this.w = s.words;
    }

    void check(Constraint c, List<Violation> out) {
        ResourceRef resource = switch (c) {
            case MaxBuildingChangesPerDay r -> r.resource();
            case MaxBuildingChangesPerWeek r -> r.resource();
            case MinGapsBetweenBuildingChanges r -> r.resource();
            default -> throw new IllegalArgumentException("not a building rule: " + c);
        };
        for (Attendee a : attendees.of(resource)) {
            for (int weekOfCycle = 0; weekOfCycle < s.cycle; weekOfCycle++) {
                check(c, a, weekOfCycle, out);
            }
        }
    }

    /** One week of the cycle, judged on the lessons of that week only: a lesson in semaine A and one in B never make a move. */
    private void check(Constraint c, Attendee a, int weekOfCycle, List<Violation> out) {
        String[][] week = buildings(a, weekOfCycle);
        String fr = s.cycle == 1 ? "" : " (semaine " + (char) ('A' + weekOfCycle) + ")";
        String en = s.cycle == 1 ? "" : " (week " + (char) ('A' + weekOfCycle) + ")";
        switch (c) {
            case MaxBuildingChangesPerDay r -> {
                for (int d = 0; d < week.length; d++) {
                    int changes = changes(week[d]);
                    if (changes > r.max()) {
                        out.add(Explained.of(c, changes - r.max(), List.of(a.ref()),
                                w.group(a) + " change " + changes + " fois de bâtiment le " + w.day(d) + fr + " (maximum " + r.max() + ")",
                                w.group(a) + " changes buildings " + changes + " times on " + w.day(d) + en + " (max " + r.max() + ")"));
                    }
                }
            }
            case MaxBuildingChangesPerWeek r -> {
                int changes = 0;
                for (String[] day : week) {
                    changes += changes(day);
                }
                if (changes > r.max()) {
                    out.add(Explained.of(c, changes - r.max(), List.of(a.ref()),
                            w.group(a) + " change " + changes + " fois de bâtiment dans la semaine" + fr + " (maximum " + r.max() + ")",
                            w.group(a) + " changes buildings " + changes + " times in the week" + en + " (max " + r.max() + ")"));
                }
            }
            case MinGapsBetweenBuildingChanges r -> {
                for (int d = 0; d < week.length; d++) {
                    int tooSoon = changesTooSoon(week[d], r.minGaps());
                    if (tooSoon > 0) {
                        out.add(Explained.of(c, tooSoon, List.of(a.ref()),
                                w.group(a) + " change " + tooSoon + " fois de bâtiment le " + w.day(d) + fr + " avec moins de "
                                        + r.minGaps() + " heure(s) libre(s) pour s'y rendre",
                                w.group(a) + " changes buildings " + tooSoon + " times on " + w.day(d) + en + " with fewer than "
                                        + r.minGaps() + " free period(s) to get there"));
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a building rule: " + c);
        }
    }

    /**
     * The building of each period of each day in week {@code weekOfCycle} of the cycle, null when blank; overlapping
     * lessons: the first building by name.
     */
    private String[][] buildings(Attendee a, int weekOfCycle) {
        String[][] week = new String[s.week.dayCount()][s.week.periodsPerDay()];
        for (int l : a.lessons()) {
            if (!s.placed(l) || s.room(l).isEmpty() || (s.weekMask(l) & 1 << weekOfCycle) == 0) {
                continue;
            }
            String building = s.rooms.get(s.room(l)).building();
            if (building.isEmpty()) {
                continue;
            }
            for (int p = s.start(l); p < s.end(l) && p < s.week.periodsPerDay(); p++) {
                String known = week[s.day(l)][p];
                week[s.day(l)][p] = known == null || building.compareTo(known) < 0 ? building : known;
            }
        }
        return week;
    }

    private static int changes(String[] day) {
        int changes = 0;
        String current = null;
        for (String building : day) {
            if (building != null) {
                if (current != null && !current.equals(building)) {
                    changes++;
                }
                current = building;
            }
        }
        return changes;
    }

    /** Changes of building preceded by fewer than {@code minGaps} blank periods since the last lesson in a building. */
    private static int changesTooSoon(String[] day, int minGaps) {
        int tooSoon = 0;
        String current = null;
        int blanks = 0;
        for (String building : day) {
            if (building == null) {
                blanks++;
            } else {
                if (current != null && !current.equals(building) && blanks < minGaps) {
                    tooSoon++;
                }
                current = building;
                blanks = 0;
            }
        }
        return tooSoon;
    }
}

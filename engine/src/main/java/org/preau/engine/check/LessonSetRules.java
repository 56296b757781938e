package org.preau.engine.check;

import java.util.List;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.Consecutive;
import org.preau.engine.model.Constraint.EndsStudentsDay;
import org.preau.engine.model.Constraint.Grouped;
import org.preau.engine.model.Constraint.MaxDaysBetween;
import org.preau.engine.model.Constraint.MinDaysBetween;
import org.preau.engine.model.Constraint.MaxOccupiedSlots;
import org.preau.engine.model.Constraint.MaxSimultaneousInSlots;
import org.preau.engine.model.Constraint.MinGapsBetween;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Constraint.NotOverlapping;
import org.preau.engine.model.Constraint.Ordered;
import org.preau.engine.model.Constraint.OrderedIfSameDay;
import org.preau.engine.model.Constraint.SameDay;
import org.preau.engine.model.Constraint.SameStartingPeriod;
import org.preau.engine.model.Constraint.SameStartingTime;

/**
 * Rules tying a few lessons together: spread over the week, back to back, in order, grouped, aligned
 * (barrettes), not overlapping, ending the pupils' day. Judged once all their lessons are placed.
 */
final class LessonSetRules {

    private final Schedule s;
    private final Attendees attendees;
    private final Wording w;

    LessonSetRules(Schedule s, Attendees attendees) {
        this.s = s;
        this.attendees = attendees;
        this.w = s.words;
    }

    void check(Constraint c, List<Violation> out) {
        switch (c) {
            case MinDaysBetween r -> pairs(r.lessonIds(), (a, b) -> {
                int distance = Math.abs(s.day(a) - s.day(b));
                if (distance >= r.minDays()) {
                    return;
                }
                int n = r.minDays() - distance;
                boolean notBackToBack = distance == 0 && r.consecutiveIfSameDay() && s.end(a) != s.start(b) && s.end(b) != s.start(a);
                out.add(Explained.of(c, n + (notBackToBack ? 1 : 0), refs(a, b),
                        w.lesson(a) + " et " + w.lesson(b) + " sont à " + distance + " jour(s) d'écart (minimum " + r.minDays() + ")"
                                + (notBackToBack ? " et pas l'un après l'autre" : ""),
                        w.lesson(a) + " and " + w.lesson(b) + " are " + distance + " day(s) apart (min " + r.minDays() + ")"
                                + (notBackToBack ? " and not back to back" : "")));
            });
            case MaxDaysBetween r -> pairs(r.lessonIds(), (a, b) -> {
                int distance = Math.abs(s.day(a) - s.day(b));
                if (distance > r.maxDays()) {
                    out.add(Explained.of(c, distance - r.maxDays(), refs(a, b),
                            w.lesson(a) + " et " + w.lesson(b) + " sont à " + distance + " jours d'écart (maximum " + r.maxDays() + ")",
                            w.lesson(a) + " and " + w.lesson(b) + " are " + distance + " days apart (max " + r.maxDays() + ")"));
                }
            });
            case Consecutive r -> pair(r.first(), r.second(), (a, b) -> {
                if (s.day(a) != s.day(b) || s.end(a) != s.start(b)) {
                    out.add(Explained.of(c, 1, refs(a, b), w.lesson(b) + " ne suit pas immédiatement " + w.lesson(a),
                            w.lesson(b) + " does not directly follow " + w.lesson(a)));
                }
            });
            case Ordered r -> pair(r.first(), r.second(), (a, b) -> {
                if (!(s.day(a) < s.day(b) || s.day(a) == s.day(b) && s.end(a) <= s.start(b))) {
                    out.add(Explained.of(c, 1, refs(a, b), w.lesson(b) + " a lieu avant la fin de " + w.lesson(a),
                            w.lesson(b) + " takes place before " + w.lesson(a) + " ends"));
                }
            });
            case OrderedIfSameDay r -> pair(r.first(), r.second(), (a, b) -> {
                if (s.day(a) == s.day(b) && s.end(a) > s.start(b)) {
                    out.add(Explained.of(c, 1, refs(a, b), w.lesson(b) + " a lieu le même jour avant la fin de " + w.lesson(a),
                            w.lesson(b) + " takes place on the same day before " + w.lesson(a) + " ends"));
                }
            });
            case Grouped r -> grouped(r, out);
            case SameStartingTime r -> sameAsFirst(c, r.lessonIds(), (a, b) -> s.day(a) == s.day(b) && s.start(a) == s.start(b),
                    "ne commencent pas en même temps", "do not start at the same time", out);
            case SameDay r -> sameAsFirst(c, r.lessonIds(), (a, b) -> s.day(a) == s.day(b),
                    "n'ont pas lieu le même jour", "are not on the same day", out);
            case SameStartingPeriod r -> sameAsFirst(c, r.lessonIds(), (a, b) -> s.start(a) == s.start(b),
                    "ne commencent pas à la même heure", "do not start at the same hour", out);
            case NotOverlapping r -> pairs(r.lessonIds(), (a, b) -> {
                int overlap = s.day(a) != s.day(b) ? 0 : Math.min(s.end(a), s.end(b)) - Math.max(s.start(a), s.start(b));
                if (overlap > 0) {
                    out.add(Explained.of(c, overlap, refs(a, b), w.lesson(a) + " et " + w.lesson(b) + " se chevauchent",
                            w.lesson(a) + " and " + w.lesson(b) + " overlap"));
                }
            });
            case EndsStudentsDay r -> endsStudentsDay(r, out);
            case MaxOccupiedSlots r -> maxOccupiedSlots(r, out);
            case MaxSimultaneousInSlots r -> maxSimultaneousInSlots(r, out);
            case MinGapsBetween r -> placedPairs(r.lessonIds(), (a, b) -> minGapsBetween(r, a, b, out));
            default -> throw new IllegalArgumentException("not a lesson-set rule: " + c);
        }
    }

    private interface PairCheck {
        void check(int a, int b);
    }

    private interface SameTest {
        boolean same(int a, int b);
    }

    private void pairs(List<String> ids, PairCheck check) {
        List<Integer> ls = LessonRefs.allPlaced(s, ids);
        for (int i = 0; i < ls.size(); i++) {
            for (int j = i + 1; j < ls.size(); j++) {
                check.check(ls.get(i), ls.get(j));
            }
        }
    }

    /** Each pair of placed members, as FET judges pair rules while some lessons are still unplaced. */
    private void placedPairs(List<String> ids, PairCheck check) {
        List<Integer> ls = LessonRefs.placed(s, ids);
        for (int i = 0; i < ls.size(); i++) {
            for (int j = i + 1; j < ls.size(); j++) {
                check.check(ls.get(i), ls.get(j));
            }
        }
    }

    private void pair(String first, String second, PairCheck check) {
        List<Integer> ls = LessonRefs.allPlaced(s, List.of(first, second));
        if (!ls.isEmpty()) {
            check.check(ls.get(0), ls.get(1));
        }
    }

    private void sameAsFirst(Constraint c, List<String> ids, SameTest test, String fr, String en, List<Violation> out) {
        List<Integer> ls = LessonRefs.allPlaced(s, ids);
        for (int i = 1; i < ls.size(); i++) {
            int a = ls.get(0);
            int b = ls.get(i);
            if (!test.same(a, b)) {
                out.add(Explained.of(c, 1, refs(a, b),
                        w.lesson(a) + " (" + w.placedAt(a) + ") et " + w.lesson(b) + " (" + w.placedAt(b) + ") " + fr,
                        w.lesson(a) + " (" + w.placedAt(a) + ") and " + w.lesson(b) + " (" + w.placedAt(b) + ") " + en));
            }
        }
    }

    private void grouped(Grouped r, List<Violation> out) {
        List<Integer> ls = LessonRefs.allPlaced(s, r.lessonIds());
        if (ls.isEmpty()) {
            return;
        }
        int day = s.day(ls.get(0));
        int first = Integer.MAX_VALUE;
        int last = 0;
        int total = 0;
        boolean ok = true;
        for (int l : ls) {
            ok &= s.day(l) == day;
            first = Math.min(first, s.start(l));
            last = Math.max(last, s.end(l));
            total += s.lesson(l).duration();
        }
        for (int i = 0; ok && i < ls.size(); i++) {
            for (int j = i + 1; j < ls.size(); j++) {
                int a = ls.get(i);
                int b = ls.get(j);
                ok &= Math.min(s.end(a), s.end(b)) <= Math.max(s.start(a), s.start(b));
            }
        }
        if (!ok || last - first != total) {
            out.add(Explained.of(r, 1, ls.stream().map(w::lessonRef).toList(),
                    w.lessons(ls, "et") + " ne forment pas un bloc d'un seul tenant",
                    w.lessons(ls, "and") + " do not form one uninterrupted block"));
        }
    }

    /**
     * Missing free periods between two lessons of one day. As FET, the lesson starting first is the earlier one;
     * when both start together, the one named later in the rule counts as the earlier one.
     */
    private void minGapsBetween(MinGapsBetween r, int a, int b, List<Violation> out) {
        if (s.day(a) != s.day(b)) {
            return;
        }
        int earlier = s.start(a) >= s.start(b) ? b : a;
        int later = earlier == a ? b : a;
        int missing = s.end(earlier) + r.minGaps() - s.start(later);
        if (missing > 0) {
            int gaps = s.start(later) - s.end(earlier);
            out.add(Explained.of(r, missing, refs(a, b),
                    w.lesson(later) + " commence " + gaps + " heure(s) après la fin de " + w.lesson(earlier)
                            + " le même jour (minimum " + r.minGaps() + " heure(s) libre(s) entre les deux)",
                    w.lesson(later) + " starts " + gaps + " period(s) after " + w.lesson(earlier)
                            + " ends on the same day (at least " + r.minGaps() + " free period(s) wanted between them)"));
        }
    }

    /** How many of the placed lessons take place in each slot, [day][period]. */
    private int[][] lessonsPerSlot(List<Integer> placed) {
        int[][] count = new int[s.week.dayCount()][s.week.periodsPerDay()];
        for (int l : placed) {
            for (int p = s.start(l); p < s.end(l) && p < s.week.periodsPerDay(); p++) {
                count[s.day(l)][p]++;
            }
        }
        return count;
    }

    private void maxOccupiedSlots(MaxOccupiedSlots r, List<Violation> out) {
        List<Integer> placed = LessonRefs.placed(s, r.lessonIds());
        int[][] count = lessonsPerSlot(placed);
        long occupied = r.slots().stream().filter(t -> count[t.day()][t.period()] > 0).count();
        if (occupied > r.max()) {
            out.add(Explained.of(r, 1, placed.stream().map(w::lessonRef).toList(),
                    w.lessons(placed, "et") + " occupent " + occupied + " des créneaux choisis (maximum " + r.max() + ")",
                    w.lessons(placed, "and") + " occupy " + occupied + " of the selected slots (max " + r.max() + ")"));
        }
    }

    private void maxSimultaneousInSlots(MaxSimultaneousInSlots r, List<Violation> out) {
        List<Integer> placed = LessonRefs.placed(s, r.lessonIds());
        int[][] count = lessonsPerSlot(placed);
        for (Slot t : r.slots()) {
            int n = count[t.day()][t.period()];
            if (n > r.max()) {
                out.add(Explained.of(r, 1, placed.stream().map(w::lessonRef).toList(),
                        n + " de ces cours ont lieu en même temps " + w.time(t.day(), t.period()) + " (maximum " + r.max() + ")",
                        n + " of these lessons take place at once on " + w.time(t.day(), t.period()) + " (max " + r.max() + ")"));
            }
        }
    }

    private void endsStudentsDay(EndsStudentsDay r, List<Violation> out) {
        for (int l : LessonRefs.placed(s, r.lessonIds())) {
            for (Attendee group : attendees.groupsOf(l)) {
                long day = attendees.busy(group, "")[s.day(l)];
                int later = s.end(l) >= 64 ? 0 : Long.bitCount(day & (-1L << s.end(l)));
                if (later > 0) {
                    out.add(Explained.of(r, later, List.of(w.lessonRef(l), group.ref()),
                            w.group(group) + " a encore cours après " + w.lesson(l) + " (" + w.placedAt(l) + ")",
                            w.group(group) + " still has lessons after " + w.lesson(l) + " (" + w.placedAt(l) + ")"));
                }
            }
        }
    }

    private List<String> refs(int a, int b) {
        return List.of(w.lessonRef(a), w.lessonRef(b));
    }
}

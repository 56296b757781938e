package org.preau.engine.check;

import java.util.Arrays;
import java.util.List;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.EarlyMaxBeginningsAtSecondHour;
import org.preau.engine.model.Constraint.IntervalMaxDaysPerWeek;
import org.preau.engine.model.Constraint.MaxDaysPerWeek;
import org.preau.engine.model.Constraint.MaxGapsPerDay;
import org.preau.engine.model.Constraint.MaxGapsPerWeek;
import org.preau.engine.model.Constraint.MaxHoursContinuously;
import org.preau.engine.model.Constraint.MaxHoursDaily;
import org.preau.engine.model.Constraint.MaxSpanPerDay;
import org.preau.engine.model.Constraint.MinGapsBetweenTags;
import org.preau.engine.model.Constraint.MinRestingHours;
import org.preau.engine.model.Constraint.MinDaysPerWeek;
import org.preau.engine.model.Constraint.MinHoursDaily;

/**
 * Limits on someone's week (a teacher, or each pupil group of a student set): hours a day, hours in a row,
 * gaps ("trous"), working days. Soft rules count as FET does (e.g. a day over "max hours daily" once); hard rules count
 * as the solver's hard score, finer where FET's count is coarse (each period over the daily maximum).
 */
final class ResourceRules {

    private final Schedule s;
    private final Attendees attendees;
    private final Wording w;

    ResourceRules(Schedule s, Attendees attendees) {
        this.s = s;
        this.attendees = attendees;
        this.w = s.words;
    }

    void check(Constraint c, List<Violation> out) {
        var resource = switch (c) {
            case MaxHoursDaily r -> r.resource();
            case MinHoursDaily r -> r.resource();
            case MaxHoursContinuously r -> r.resource();
            case MaxGapsPerDay r -> r.resource();
            case MaxGapsPerWeek r -> r.resource();
            case MaxDaysPerWeek r -> r.resource();
            case MinDaysPerWeek r -> r.resource();
            case IntervalMaxDaysPerWeek r -> r.resource();
            case EarlyMaxBeginningsAtSecondHour r -> r.resource();
            case MaxSpanPerDay r -> r.resource();
            case MinRestingHours r -> r.resource();
            case MinGapsBetweenTags r -> r.resource();
            default -> throw new IllegalArgumentException("not a per-resource rule: " + c);
        };
        for (Attendee a : attendees.of(resource)) {
            check(c, a, out);
        }
    }

    private void check(Constraint c, Attendee a, List<Violation> out) {
        String who = w.group(a);
        String tag = c instanceof MaxHoursDaily m ? m.tag() : c instanceof MaxHoursContinuously m ? m.tag() : "";
        long[] busy = attendees.busy(a, tag);
        String tagged = tag.isEmpty() ? "" : " (" + tag.trim() + ")";
        switch (c) {
            case MaxHoursDaily r -> perDay(busy, d -> overCount(c, Long.bitCount(busy[d]) - r.max()), (d, n) -> Explained.of(c, n, List.of(a.ref()),
                    who + " a " + Long.bitCount(busy[d]) + " heures" + tagged + " le " + w.day(d) + " (maximum " + r.max() + ")",
                    who + " has " + Long.bitCount(busy[d]) + " hours" + tagged + " on " + w.day(d) + " (max " + r.max() + ")"), out);
            case MinHoursDaily r -> perDay(busy, d -> busy[d] == 0 && r.allowEmptyDays() ? 0 : r.min() - Long.bitCount(busy[d]),
                    (d, n) -> Explained.of(c, n, List.of(a.ref()),
                            who + " n'a que " + Long.bitCount(busy[d]) + " heures le " + w.day(d) + " (minimum " + r.min() + ")",
                            who + " has only " + Long.bitCount(busy[d]) + " hours on " + w.day(d) + " (min " + r.min() + ")"), out);
            case MaxHoursContinuously r -> perDay(busy, d -> c.weight().isHard() ? longestRun(busy[d]) - r.max() : runsLongerThan(busy[d], r.max()),
                    (d, n) -> Explained.of(c, n, List.of(a.ref()),
                    who + " a " + longestRun(busy[d]) + " heures de suite" + tagged + " le " + w.day(d) + " (maximum " + r.max() + ")",
                    who + " has " + longestRun(busy[d]) + " hours in a row" + tagged + " on " + w.day(d) + " (max " + r.max() + ")"), out);
            case MaxGapsPerDay r -> perDay(busy, d -> gaps(busy, a, d) - r.max(), (d, n) -> Explained.of(c, n, List.of(a.ref()),
                    who + " a " + gaps(busy, a, d) + " heures de trou le " + w.day(d) + " (maximum " + r.max() + ")",
                    who + " has " + gaps(busy, a, d) + " gaps on " + w.day(d) + " (max " + r.max() + ")"), out);
            case MaxGapsPerWeek r -> {
                int gaps = 0;
                for (int d = 0; d < busy.length; d++) {
                    gaps += gaps(busy, a, d);
                }
                weekly(c, a, gaps - r.max(), who + " a " + gaps + " heures de trou dans la semaine (maximum " + r.max() + ")",
                        who + " has " + gaps + " gaps in the week (max " + r.max() + ")", out);
            }
            case MaxDaysPerWeek r -> weekly(c, a, c.weight().isHard() ? workingDays(busy, ~0L) - r.max() : periodsOfLightestDays(busy, r.max()),
                    who + " travaille " + workingDays(busy, ~0L) + " jours (maximum " + r.max() + ")",
                    who + " works " + workingDays(busy, ~0L) + " days (max " + r.max() + ")", out);
            case MinDaysPerWeek r -> weekly(c, a, r.min() - workingDays(busy, ~0L),
                    who + " ne travaille que " + workingDays(busy, ~0L) + " jours (minimum " + r.min() + ")",
                    who + " works only " + workingDays(busy, ~0L) + " days (min " + r.min() + ")", out);
            case IntervalMaxDaysPerWeek r -> {
                long interval = 0;
                for (int p = r.fromPeriod(); p < r.toPeriod() && p < 64; p++) {
                    interval |= 1L << p;
                }
                int days = workingDays(busy, interval);
                weekly(c, a, days - r.max(), who + " a cours sur cette plage " + days + " jours (maximum " + r.max() + ")",
                        who + " has lessons in this interval on " + days + " days (max " + r.max() + ")", out);
            }
            case EarlyMaxBeginningsAtSecondHour r -> earlyBeginnings(r, a, busy, out);
            case MaxSpanPerDay r -> maxSpan(r, a, busy, out);
            case MinRestingHours r -> minResting(r, a, busy, out);
            case MinGapsBetweenTags r -> minGapsBetweenTags(r, a, out);
            default -> throw new IllegalArgumentException("not a per-resource rule: " + c);
        }
    }

    /**
     * Periods of each day marked 1 for a lesson with the first tag, 2 with the second (the first tag wins), 0 otherwise;
     * a second-tag lesson fewer than {@code minGaps} periods after a first-tag one is a violation.
     */
    private void minGapsBetweenTags(MinGapsBetweenTags r, Attendee a, List<Violation> out) {
        int[][] week = new int[s.week.dayCount()][s.week.periodsPerDay()];
        for (int l : a.lessons()) {
            var tags = s.lesson(l).tags();
            int mark = tags.contains(r.firstTag()) ? 1 : tags.contains(r.secondTag()) ? 2 : 0;
            if (!s.placed(l) || mark == 0) {
                continue;
            }
            for (int p = s.start(l); p < s.end(l) && p < s.week.periodsPerDay(); p++) {
                if (mark == 1 || week[s.day(l)][p] == 0) {
                    week[s.day(l)][p] = mark;
                }
            }
        }
        for (int d = 0; d < week.length; d++) {
            int tooClose = 0;
            int sinceFirst = -1;
            for (int mark : week[d]) {
                if (mark == 1) {
                    sinceFirst = 0;
                } else if (mark == 0) {
                    sinceFirst = sinceFirst >= 0 ? sinceFirst + 1 : -1;
                } else {
                    if (sinceFirst >= 0 && sinceFirst < r.minGaps()) {
                        tooClose++;
                    }
                    sinceFirst = -1;
                }
            }
            if (tooClose > 0) {
                out.add(Explained.of(r, tooClose, List.of(a.ref()),
                        w.group(a) + " a " + tooClose + " cours « " + r.secondTag().trim() + " » moins de " + r.minGaps()
                                + " heure(s) après un cours « " + r.firstTag().trim() + " » le " + w.day(d),
                        w.group(a) + " has " + tooClose + " '" + r.secondTag().trim() + "' lesson(s) less than " + r.minGaps()
                                + " period(s) after a '" + r.firstTag().trim() + "' lesson on " + w.day(d)));
            }
        }
    }

    /** Nights (free periods at the end of a day and the start of the next) shorter than the minimum. */
    private void minResting(MinRestingHours r, Attendee a, long[] busy, List<Violation> out) {
        int periods = s.week.periodsPerDay();
        int nights = busy.length - 1 + (r.circular() ? 1 : 0);
        for (int d = 0; d < nights; d++) {
            int next = (d + 1) % busy.length;
            int freeAtEnd = busy[d] == 0 ? periods : periods - (64 - Long.numberOfLeadingZeros(busy[d]));
            int freeAtStart = busy[next] == 0 ? periods : Long.numberOfTrailingZeros(busy[next]);
            int rest = freeAtEnd + freeAtStart;
            if (rest < r.min()) {
                out.add(Explained.of(r, 1, List.of(a.ref()),
                        w.group(a) + " n'a que " + rest + " heures de repos entre " + w.day(d) + " et " + w.day(next)
                                + " (minimum " + r.min() + ")",
                        w.group(a) + " rests only " + rest + " periods between " + w.day(d) + " and " + w.day(next)
                                + " (min " + r.min() + ")"));
            }
        }
    }

    /** Days whose first-to-last span is too long; the first day exactly one over may be the allowed exception. */
    private void maxSpan(MaxSpanPerDay r, Attendee a, long[] busy, List<Violation> out) {
        boolean exceptionLeft = r.oneDayPlusOne();
        for (int d = 0; d < busy.length; d++) {
            if (busy[d] == 0) {
                continue;
            }
            int span = 64 - Long.numberOfLeadingZeros(busy[d]) - Long.numberOfTrailingZeros(busy[d]);
            if (span <= r.max()) {
                continue;
            }
            if (exceptionLeft && span == r.max() + 1) {
                exceptionLeft = false;
                continue;
            }
            out.add(Explained.of(r, 1, List.of(a.ref()),
                    w.group(a) + " est présent " + span + " heures du premier au dernier cours le " + w.day(d) + " (maximum " + r.max() + ")",
                    w.group(a) + " spans " + span + " periods from first to last lesson on " + w.day(d) + " (max " + r.max() + ")"));
        }
    }

    private void earlyBeginnings(EarlyMaxBeginningsAtSecondHour r, Attendee a, long[] busy, List<Violation> out) {
        int late = 0;
        int secondHourStarts = 0;
        for (int d = 0; d < busy.length; d++) {
            if (busy[d] == 0) {
                continue;
            }
            long before = (1L << Long.numberOfTrailingZeros(busy[d])) - 1;
            int free = Long.bitCount(before & ~a.notGaps()[d]);
            if (free >= 1) {
                secondHourStarts++;
                late += r.weight().isHard() ? free - 1 : Integer.signum(free - 1); // FET: a day too late counts once
            }
        }
        int count = late + Math.max(0, secondHourStarts - r.max());
        String who = w.group(a);
        String unitFr = r.weight().isHard() ? " heures" : " jours";
        String unitEn = r.weight().isHard() ? " periods" : " days";
        weekly(r, a, count, who + " commence " + secondHourStarts + " jours après la première heure (dont " + late
                        + unitFr + " de retard au-delà de la deuxième ; maximum " + r.max() + " débuts en deuxième heure)",
                who + " starts after the first period on " + secondHourStarts + " days (" + late
                        + unitEn + " later than the second; max " + r.max() + " second-period starts)", out);
    }

    /**
     * How a rule over a daily maximum counts {@code excess} periods beyond it: FET counts a soft rule once per day
     * broken; a hard one counts each period, as the solver's hard score does (so moving one lesson off an
     * overfull day is progress).
     */
    private static int overCount(Constraint c, int excess) {
        return c.weight().isHard() ? excess : Integer.signum(excess);
    }

    /** Runs of consecutive busy periods longer than {@code max} (FET counts a soft "max hours continuously" per run). */
    static int runsLongerThan(long busy, int max) {
        int runs = 0;
        int length = 0;
        for (int p = 0; p <= 64; p++) {
            if (p < 64 && (busy & 1L << p) != 0) {
                length++;
            } else {
                runs += length > max ? 1 : 0;
                length = 0;
            }
        }
        return runs;
    }

    /**
     * FET's soft count for "max days per week": the busy periods of the days that would have to be emptied, taking
     * the least busy days first, beyond the {@code max} allowed.
     */
    private static int periodsOfLightestDays(long[] busy, int max) {
        int[] hours = new int[busy.length];
        for (int d = 0; d < busy.length; d++) {
            hours[d] = Long.bitCount(busy[d]);
        }
        Arrays.sort(hours);
        int periods = 0;
        for (int d = 0; d < busy.length - max; d++) {
            periods += hours[d];
        }
        return periods;
    }

    private interface DayExcess {
        int excess(int day);
    }

    private interface DayViolation {
        Violation make(int day, int count);
    }

    private void perDay(long[] busy, DayExcess excess, DayViolation make, List<Violation> out) {
        for (int d = 0; d < busy.length; d++) {
            int n = excess.excess(d);
            if (n > 0) {
                out.add(make.make(d, n));
            }
        }
    }

    private static void weekly(Constraint c, Attendee a, int count, String fr, String en, List<Violation> out) {
        if (count > 0) {
            out.add(Explained.of(c, count, List.of(a.ref()), fr, en));
        }
    }

    static int longestRun(long busy) {
        int longest = 0;
        for (long rest = busy; rest != 0; rest &= rest << 1) {
            longest++;
        }
        return longest;
    }

    /** Idle periods between the day's first and last lesson, breaks and unavailable periods excluded. */
    static int gaps(long[] busy, Attendee a, int d) {
        if (busy[d] == 0) {
            return 0;
        }
        int first = Long.numberOfTrailingZeros(busy[d]);
        int last = 63 - Long.numberOfLeadingZeros(busy[d]);
        int gaps = 0;
        for (int p = first; p <= last; p++) {
            if ((busy[d] & 1L << p) == 0 && (a.notGaps()[d] & 1L << p) == 0) {
                gaps++;
            }
        }
        return gaps;
    }

    private static int workingDays(long[] busy, long within) {
        int days = 0;
        for (long day : busy) {
            if ((day & within) != 0) {
                days++;
            }
        }
        return days;
    }
}

package org.preau.engine.solve;

/** How many times a {@link SetRule} is broken by its members' current starts. */
final class SetCounts {

    private SetCounts() {
    }

    /** For each pair closer than the minimum, the missing days; plus 1 if on one day but not back to back when required. */
    static int minDaysBetween(SetRulePlacement p) {
        int violations = 0;
        int n = p.rule().size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int distance = Math.abs(p.days()[i] - p.days()[j]);
                if (distance < p.rule().param()) {
                    violations += p.rule().param() - distance;
                    if (distance == 0 && p.rule().flag() && !backToBack(p, i, j)) {
                        violations++;
                    }
                }
            }
        }
        return violations;
    }

    static int maxDaysBetween(SetRulePlacement p) {
        int violations = 0;
        int n = p.rule().size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                violations += Math.max(0, Math.abs(p.days()[i] - p.days()[j]) - p.rule().param());
            }
        }
        return violations;
    }

    /** The second lesson starts right when the first ends, the same day. */
    static int consecutive(SetRulePlacement p) {
        return p.days()[0] == p.days()[1] && p.end(0) == p.periods()[1] ? 0 : 1;
    }

    /** The second lesson starts after the first ends. */
    static int ordered(SetRulePlacement p) {
        boolean after = p.days()[0] < p.days()[1] || p.days()[0] == p.days()[1] && p.end(0) <= p.periods()[1];
        return after ? 0 : 1;
    }

    /** All members on one day, forming one uninterrupted block in some order. */
    static int grouped(SetRulePlacement p) {
        int n = p.rule().size();
        int first = Integer.MAX_VALUE;
        int last = 0;
        int total = 0;
        for (int i = 0; i < n; i++) {
            if (p.days()[i] != p.days()[0]) {
                return 1;
            }
            first = Math.min(first, p.periods()[i]);
            last = Math.max(last, p.end(i));
            total += p.rule().durations()[i];
        }
        return last - first == total && notOverlapping(p) == 0 ? 0 : 1;
    }

    static int sameStartingTime(SetRulePlacement p) {
        int violations = 0;
        for (int i = 1; i < p.rule().size(); i++) {
            if (p.days()[i] != p.days()[0] || p.periods()[i] != p.periods()[0]) {
                violations++;
            }
        }
        return violations;
    }

    static int sameDay(SetRulePlacement p) {
        int violations = 0;
        for (int i = 1; i < p.rule().size(); i++) {
            if (p.days()[i] != p.days()[0]) {
                violations++;
            }
        }
        return violations;
    }

    static int sameStartingPeriod(SetRulePlacement p) {
        int violations = 0;
        for (int i = 1; i < p.rule().size(); i++) {
            if (p.periods()[i] != p.periods()[0]) {
                violations++;
            }
        }
        return violations;
    }

    /** Periods shared by two members, summed over pairs. */
    static int notOverlapping(SetRulePlacement p) {
        int overlap = 0;
        int n = p.rule().size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (p.days()[i] == p.days()[j]) {
                    overlap += Math.max(0, Math.min(p.end(i), p.end(j)) - Math.max(p.periods()[i], p.periods()[j]));
                }
            }
        }
        return overlap;
    }

    /**
     * FET's count: the free periods missing between the two lessons on one day; when both start together, member 0
     * counts as the earlier one.
     */
    static int minGapsBetween(SetRulePlacement p) {
        if (p.days()[0] != p.days()[1]) {
            return 0;
        }
        boolean firstIsEarlier = p.periods()[1] >= p.periods()[0];
        int missing = firstIsEarlier ? p.end(0) + p.rule().param() - p.periods()[1]
                : p.end(1) + p.rule().param() - p.periods()[0];
        return Math.max(0, missing);
    }

    static int orderedIfSameDay(SetRulePlacement p) {
        return p.days()[0] == p.days()[1] && p.end(0) > p.periods()[1] ? 1 : 0;
    }

    /**
     * As FET counts it: each day's periods are marked with the tag of the lesson there (the first tag wins), other
     * lessons count as free; a second-tag lesson whose nearest marked period before it is a first-tag one fewer than
     * {@code param} periods away is one violation.
     */
    static int minGapsBetweenTags(SetRulePlacement p) {
        int dayCount = 0;
        for (int day : p.days()) {
            dayCount = Math.max(dayCount, day + 1);
        }
        long[] first = new long[dayCount];
        long[] second = new long[dayCount];
        for (int i = 0; i < p.rule().size(); i++) {
            long lesson = ((1L << p.rule().durations()[i]) - 1) << p.periods()[i];
            if (i < p.rule().leading()) {
                first[p.days()[i]] |= lesson;
            } else {
                second[p.days()[i]] |= lesson;
            }
        }
        int violations = 0;
        for (int day = 0; day < dayCount; day++) {
            long marked = first[day] | second[day];
            int sinceFirst = -1;
            for (int q = 0; q < 64 - Long.numberOfLeadingZeros(marked); q++) {
                if ((first[day] >>> q & 1) != 0) {
                    sinceFirst = 0;
                } else if ((second[day] >>> q & 1) != 0) {
                    if (sinceFirst >= 0 && sinceFirst < p.rule().param()) {
                        violations++;
                    }
                    sinceFirst = -1;
                } else if (sinceFirst >= 0) {
                    sinceFirst++;
                }
            }
        }
        return violations;
    }

    private static boolean backToBack(SetRulePlacement p, int i, int j) {
        return p.end(i) == p.periods()[j] || p.end(j) == p.periods()[i];
    }
}

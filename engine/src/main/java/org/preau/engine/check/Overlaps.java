package org.preau.engine.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Double bookings among the lessons of one resource: a period of a week of the cycle booked n times counts
 * n − 1. Lessons in semaine A and semaine B at the same time do not overlap. Overlaps of the same lessons on
 * one day are reported together, from their first shared period.
 */
final class Overlaps {

    record Overlap(int day, int firstPeriod, List<Integer> lessons, int count) {
    }

    private Overlaps() {
    }

    static List<Overlap> among(Schedule s, List<Integer> lessons) {
        int periods = s.week.periodsPerDay();
        Map<String, Overlap> found = new LinkedHashMap<>();
        for (int d = 0; d < s.week.dayCount(); d++) {
            for (int p = 0; p < periods; p++) {
                int count = 0;
                TreeSet<Integer> involved = new TreeSet<>();
                for (int w = 0; w < s.cycle; w++) {
                    List<Integer> here = new ArrayList<>();
                    for (int l : lessons) {
                        if (s.placed(l) && s.day(l) == d && (s.periodMask(l) & 1L << p) != 0 && (s.weekMask(l) & 1 << w) != 0) {
                            here.add(l);
                        }
                    }
                    if (here.size() > 1) {
                        count += here.size() - 1;
                        involved.addAll(here);
                    }
                }
                if (count > 0) {
                    String key = d + ":" + involved;
                    Overlap known = found.get(key);
                    int first = known == null ? p : known.firstPeriod();
                    int total = count + (known == null ? 0 : known.count());
                    found.put(key, new Overlap(d, first, List.copyOf(involved), total));
                }
            }
        }
        return List.copyOf(found.values());
    }
}

package org.preau.engine.solve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.Pinned;
import org.preau.engine.model.Constraint.PreferredSlots;
import org.preau.engine.model.Constraint.PreferredStarts;
import org.preau.engine.model.Constraint.Unavailable;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Slot;

/**
 * For every lesson and start slot: whether the lesson fits there at all (inside the day, not over a break),
 * how many hard time rules it would break (unavailability, preferred starts/slots, pinning) and what the soft
 * ones would cost. Also the periods of each teacher and subgroup that never count as gaps.
 */
final class TimeWindows {

    final boolean[][] fits;
    final int[][] hard;
    final long[][] soft;
    final long[][] teacherNotGaps;
    final long[][] atomNotGaps;
    private final ProblemCompiler c;

    TimeWindows(ProblemCompiler c) {
        this.c = c;
        int n = c.lessons.size();
        fits = new boolean[n][c.slotCount];
        hard = new int[n][c.slotCount];
        soft = new long[n][c.slotCount];
        teacherNotGaps = new long[c.teacherIndex.size()][c.days];
        atomNotGaps = new long[c.atomIndex.size()][c.days];
        long[] breaks = new long[c.days];
        for (Slot b : c.breaks()) {
            breaks[b.day()] |= 1L << b.period();
        }
        for (long[] row : teacherNotGaps) {
            System.arraycopy(breaks, 0, row, 0, c.days);
        }
        for (long[] row : atomNotGaps) {
            System.arraycopy(breaks, 0, row, 0, c.days);
        }
        for (int l = 0; l < n; l++) {
            int duration = c.lessons.get(l).duration();
            for (int s = 0; s < c.slotCount; s++) {
                int period = s % c.periods;
                boolean ok = period + duration <= c.periods;
                for (int k = 0; ok && k < duration; k++) {
                    ok = !c.breakSlot[s + k];
                }
                fits[l][s] = ok;
            }
        }
        for (Constraint constraint : c.constraints()) {
            switch (constraint) {
                case Unavailable u -> unavailable(u);
                case PreferredStarts p -> {
                    boolean[] allowed = slotSet(p.starts());
                    for (String id : p.lessonIds()) {
                        penalise(c.lesson(id), s -> allowed[s] ? 0 : 1, p.weight().isHard(), ProblemCompiler.softWeight(p.weight()));
                    }
                }
                case PreferredSlots p -> {
                    boolean[] allowed = slotSet(p.slots());
                    for (String id : p.lessonIds()) {
                        int l = c.lesson(id);
                        int duration = c.lessons.get(l).duration();
                        penalise(l, s -> periodsOutside(allowed, s, duration), p.weight().isHard(),
                                ProblemCompiler.softWeight(p.weight()));
                    }
                }
                case Pinned p -> {
                    int pinned = c.slot(p.start());
                    penalise(c.lesson(p.lessonId()), s -> s != pinned ? 1 : 0, true, 0);
                }
                default -> {
                }
            }
        }
    }

    private void unavailable(Unavailable u) {
        if (u.resource().kind() == ResourceRef.Kind.ROOM) {
            return; // depends on the room chosen: see RoomPlanner
        }
        boolean[] closed = slotSet(u.slots());
        List<Integer> concerned = c.lessonsOf(u.resource());
        for (int l : concerned) {
            int duration = c.lessons.get(l).duration();
            penalise(l, s -> anyInside(closed, s, duration) ? 1 : 0, u.weight().isHard(), ProblemCompiler.softWeight(u.weight()));
        }
        if (u.weight().isHard()) {
            long[] mask = new long[c.days];
            for (Slot slot : u.slots()) {
                mask[slot.day()] |= 1L << slot.period();
            }
            if (u.resource().kind() == ResourceRef.Kind.TEACHER) {
                or(teacherNotGaps[ProblemCompiler.require(c.teacherIndex, u.resource().id(), "teacher")], mask);
            } else {
                for (int atom : c.atomsOf(u.resource().id())) {
                    or(atomNotGaps[atom], mask);
                }
            }
        }
    }

    private static void or(long[] into, long[] mask) {
        for (int d = 0; d < into.length; d++) {
            into[d] |= mask[d];
        }
    }

    /** How many times a lesson starting there breaks the rule. */
    private interface SlotTest {
        int broken(int start);
    }

    private void penalise(int lesson, SlotTest test, boolean isHard, long softWeight) {
        for (int s = 0; s < c.slotCount; s++) {
            int broken = test.broken(s);
            if (isHard) {
                hard[lesson][s] += broken;
            } else {
                soft[lesson][s] += broken * softWeight;
            }
        }
    }

    private boolean[] slotSet(Set<Slot> slots) {
        boolean[] set = new boolean[c.slotCount];
        for (Slot slot : new HashSet<>(slots)) {
            set[c.slot(slot)] = true;
        }
        return set;
    }

    /** The lesson's periods outside the allowed slots: FET counts preferred time slots per hour. */
    private int periodsOutside(boolean[] allowed, int start, int duration) {
        int outside = 0;
        for (int k = 0; k < duration; k++) {
            if (start % c.periods + k >= c.periods || !allowed[start + k]) {
                outside++;
            }
        }
        return outside;
    }

    private boolean anyInside(boolean[] closed, int start, int duration) {
        for (int k = 0; k < duration && start % c.periods + k < c.periods; k++) {
            if (closed[start + k]) {
                return true;
            }
        }
        return false;
    }
}

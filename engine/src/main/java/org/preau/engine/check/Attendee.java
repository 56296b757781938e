package org.preau.engine.check;

import java.util.List;

/**
 * Someone whose week is checked: a teacher, or a group of pupils — the subgroups that have exactly the same
 * lessons (their weeks are identical, so a clash or a gap is counted once for them).
 * {@code notGaps[day]} marks periods that never count as gaps (breaks, hard unavailability).
 */
record Attendee(boolean teacher, String id, List<String> atoms, List<Integer> lessons, long[] notGaps) {

    String ref() {
        return (teacher ? "teacher:" : "students:") + id;
    }
}

package org.preau.engine.model;

import java.util.List;

/**
 * A (possibly partial) answer to a {@link TimetableProblem}: one placement per placed lesson.
 * Lessons missing from {@code placements} are unplaced.
 */
public record Timetable(TimetableProblem problem, List<Placement> placements) {

    public Timetable {
        placements = List.copyOf(placements);
    }
}

package org.preau.engine.io.fet;

import java.util.List;
import java.util.Map;
import org.preau.engine.model.TimetableProblem;

/**
 * A FET file turned into a {@link TimetableProblem}. {@code constraintCounts} counts the active constraints
 * of the file by FET type; {@code warnings} lists what was approximated or ignored (soft rules only).
 */
public record FetImport(TimetableProblem problem, Map<String, Integer> constraintCounts, List<String> warnings) {
}

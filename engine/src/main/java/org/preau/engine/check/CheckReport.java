package org.preau.engine.check;

import java.util.List;
import java.util.Locale;

/** Every violation of a timetable, with the totals: hard violations (counted) and soft penalty (weighted). */
public record CheckReport(List<Violation> violations) {

    public CheckReport {
        violations = List.copyOf(violations);
    }

    public int hardCount() {
        return violations.stream().filter(Violation::hard).mapToInt(Violation::count).sum();
    }

    public double softPenalty() {
        return violations.stream().filter(v -> !v.hard()).mapToDouble(Violation::penalty).sum();
    }

    /** The soft penalty in hundredths of a percent, comparable with the solver's soft score. */
    public long softUnits() {
        return violations.stream().mapToLong(Violation::softUnits).sum();
    }

    public boolean feasible() {
        return hardCount() == 0;
    }

    public List<Violation> ofKind(String kind) {
        return violations.stream().filter(v -> v.kind().equals(kind)).toList();
    }

    public String summary() {
        return String.format(Locale.ROOT, "%d hard violation(s), soft penalty %.2f (%d soft violation(s))",
                hardCount(), softPenalty(), violations.stream().filter(v -> !v.hard()).count());
    }
}

package org.preau.timetable.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.preau.engine.check.CheckReport;
import org.preau.engine.check.TimetableChecker;
import org.preau.engine.check.Violation;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Placement;
import org.preau.engine.model.Timetable;
import org.preau.engine.model.TimetableProblem;

/**
 * Keeps only what can be published: when the solver's best timetable still breaks hard rules (two lessons of a
 * class at once…), lessons involved are taken out, one per broken rule, until the engine's independent checker
 * finds no broken hard rule other than unplaced lessons. Nothing is ever placed by hand here. The checker's
 * explanations of what was broken come back in plain French.
 */
final class ConflictFree {

    static final String UNPLACED = "lesson not placed";
    private static final int MAX_ROUNDS = 200;

    private ConflictFree() {
    }

    record Reduced(Solving.Outcome outcome, List<String> brokenRules) {
    }

    static Reduced reduce(TimetableProblem problem, Solving.Outcome outcome) {
        Set<String> pinned = new HashSet<>();
        problem.constraints().stream().filter(c -> c instanceof Constraint.Pinned)
                .forEach(c -> pinned.add(((Constraint.Pinned) c).lessonId()));
        List<Placement> placements = new ArrayList<>(outcome.timetable().placements());
        List<String> broken = new ArrayList<>();
        boolean first = true;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            CheckReport report = TimetableChecker.check(new Timetable(problem, placements));
            List<Violation> hard = report.violations().stream().filter(Violation::hard)
                    .filter(v -> !UNPLACED.equals(v.kind())).toList();
            if (first) {
                hard.forEach(v -> broken.add(v.french()));
                first = false;
            }
            if (hard.isEmpty()) {
                break;
            }
            Set<String> placedIds = new HashSet<>();
            placements.forEach(p -> placedIds.add(p.lessonId()));
            Set<String> drop = new HashSet<>();
            for (Violation v : hard) {
                List<String> lessons = v.resources().stream().filter(r -> r.startsWith("lesson:"))
                        .map(r -> r.substring("lesson:".length())).filter(placedIds::contains).toList();
                if (!lessons.isEmpty() && lessons.stream().noneMatch(drop::contains)) {
                    drop.add(leastKeptOf(lessons, pinned));
                }
            }
            if (drop.isEmpty()) {
                break;
            }
            placements.removeIf(p -> drop.contains(p.lessonId()));
        }
        Map<String, Placement> kept = new LinkedHashMap<>();
        placements.forEach(p -> kept.put(p.lessonId(), p));
        int placed = kept.size();
        long stillBroken = TimetableChecker.check(new Timetable(problem, placements)).violations().stream()
                .filter(Violation::hard).filter(v -> !UNPLACED.equals(v.kind())).mapToLong(Violation::count).sum();
        Solving.Outcome reduced = new Solving.Outcome(new Timetable(problem, List.copyOf(kept.values())),
                outcome.lessons(), placed, (outcome.lessons() - placed) + stillBroken, outcome.softPenalty(),
                outcome.seconds());
        return new Reduced(reduced, broken);
    }

    /** Direction's pins are decisions: a lesson that is not pinned is taken out first. */
    private static String leastKeptOf(List<String> lessons, Set<String> pinned) {
        return lessons.reversed().stream().filter(id -> !pinned.contains(id)).findFirst()
                .orElse(lessons.getLast());
    }
}

package org.preau.engine.solve;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.preau.engine.model.TimetableProblem;

/**
 * Gets Timefold ready on a background thread while the fast phase runs: builds the solver factories, then scores a
 * throw-away copy of the problem once (every block at its first allowed start), so that class loading and the
 * first compilations of the score's code are mostly done when the real solve starts. The solve waits for the
 * factories only (it needs them anyway), never for the scoring, and shares no object with the copy.
 */
final class SolverWarmUp {

    private SolverWarmUp() {
    }

    /** One factory per configuration, in their order; the first scores the copy. */
    static CompletableFuture<List<SolverFactory<TimetableSolution>>> start(TimetableProblem problem,
            List<SolverConfig> configs) {
        CompletableFuture<List<SolverFactory<TimetableSolution>>> factories = CompletableFuture.supplyAsync(
                () -> configs.stream().map(SolverFactory::<TimetableSolution>create).toList(),
                Background.daemon("timetable-warm-up"));
        factories.thenAcceptAsync(built -> scoreACopy(problem, built.getFirst()), Background.daemon("timetable-warm-up"));
        return factories;
    }

    private static void scoreACopy(TimetableProblem problem, SolverFactory<TimetableSolution> factory) {
        TimetableSolution copy = ProblemCompiler.compile(problem).solution();
        for (LessonBlock block : copy.blocks()) {
            block.setStart(block.getAllowedStarts().getFirst());
        }
        for (RoomBooking booking : copy.bookings()) {
            if (!booking.getCandidates().isEmpty()) {
                booking.setRoom(booking.getCandidates().getFirst());
            }
        }
        SolutionManager.<TimetableSolution, HardSoftScore>create(factory).update(copy);
    }
}

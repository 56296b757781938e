package org.preau.engine.solve;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Timefold's searches after the fast phase, one per core, each on its own copy of the timetable and with its own
 * solver configuration (see {@link TimetableSolver#config}). The best timetable is kept, the first search's on a
 * tie. When one search stops before the limit (a timetable with nothing left to gain, or the first feasible one
 * with {@code --until-feasible}), the others are stopped too: their answer can only be as good. Interrupting the
 * calling thread stops them all, and the best timetable so far is returned with the thread still interrupted.
 */
final class TimefoldPortfolio {

    /** One search: the factory of its solver configuration and the timetable it starts from. */
    record Search(SolverFactory<TimetableSolution> factory, TimetableSolution start) {
    }

    private TimefoldPortfolio() {
    }

    /**
     * Runs the searches at once until the deadline (or until one stops early) and returns the best timetable.
     * {@code termination} gives each solver its limits; the clock stops every solver at the deadline exactly.
     */
    static TimetableSolution solve(List<Search> searches, Supplier<TerminationConfig> termination, long deadline,
            SolveProgress progress, ScheduledExecutorService clock) {
        List<Solver<TimetableSolution>> solvers = new ArrayList<>();
        for (Search search : searches) {
            Solver<TimetableSolution> solver = search.factory().buildSolver(new SolverConfigOverride()
                    .withTerminationConfig(termination.get()));
            solver.addEventListener(event -> progress.best(event.getNewBestSolution()));
            // Timefold checks its own limit between steps and counts from solve(); this makes the deadline exact.
            clock.schedule(solver::terminateEarly, Math.max(1, (deadline - System.nanoTime()) / 1_000_000),
                    TimeUnit.MILLISECONDS);
            solvers.add(solver);
        }
        List<CompletableFuture<TimetableSolution>> runs = new ArrayList<>();
        for (int i = 0; i < solvers.size(); i++) {
            Solver<TimetableSolution> solver = solvers.get(i);
            TimetableSolution start = searches.get(i).start();
            runs.add(CompletableFuture.supplyAsync(() -> solver.solve(start), Background.daemon("timefold-search-" + i)));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new));
        boolean interrupted = false;
        try {
            CompletableFuture.anyOf(runs.toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException e) {
            // the caller cancels (the platform's solve jobs do so): stop every search and return the best so far
            interrupted = true;
        } catch (ExecutionException e) {
            // rethrown below, from the search that failed
        }
        // A solver asked to stop before its solve() began forgets it when it begins: ask until all have returned.
        while (!all.isDone()) {
            solvers.forEach(Solver::terminateEarly);
            try {
                all.get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // not all returned yet
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break; // rethrown below, from the search that failed
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt(); // as a single Timefold solver leaves it
        }
        TimetableSolution best = null;
        for (CompletableFuture<TimetableSolution> run : runs) {
            TimetableSolution solution = Background.join(run);
            if (best == null || SolveProgress.better(solution, best)) {
                best = solution;
            }
        }
        return best;
    }
}

package org.preau.engine.solve;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionCacheType;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySorterManner;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.preau.engine.model.Placement;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Timetable;
import org.preau.engine.model.TimetableProblem;

/**
 * Solves a {@link TimetableProblem}: construction heuristic, then local search, with Timefold Solver wired by
 * hand. The entry point for the CLI and the platform:
 * {@code TimetableSolver.solve(problem, SolveOptions.of(Duration.ofSeconds(60)))}.
 */
public final class TimetableSolver {

    private TimetableSolver() {
    }

    public static SolveResult solve(TimetableProblem problem, SolveOptions options) {
        long started = System.nanoTime();
        long deadline = started + options.timeLimit().toNanos();
        CompiledProblem compiled = ProblemCompiler.compile(problem);
        SolverFactory<TimetableSolution> factory = SolverFactory.create(
                config(options, millisUntil(deadline), !compiled.solution().bookings().isEmpty()));
        Solver<TimetableSolution> solver = factory.buildSolver();
        Progress progress = new Progress(started, compiled.problem().lessons().size());
        solver.addEventListener(event -> progress.best(event.getNewBestSolution()));
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "timetable-clock");
            thread.setDaemon(true);
            return thread;
        });
        // Timefold checks its own limit between steps and counts from solve(); this makes the deadline exact.
        clock.schedule(solver::terminateEarly, millisUntil(deadline), TimeUnit.MILLISECONDS);
        if (options.progress() != null) {
            long every = options.progressInterval().toMillis();
            clock.scheduleAtFixedRate(() -> options.progress().println(progress.line()), every, every, TimeUnit.MILLISECONDS);
        }
        TimetableSolution best;
        try {
            best = solver.solve(compiled.solution());
        } finally {
            clock.shutdownNow();
        }
        if (best.blocks().stream().anyMatch(b -> !b.isPlaced())) {
            best = completeGreedily(best, factory);
        }
        progress.best(best);
        if (options.progress() != null) {
            options.progress().println(progress.line());
        }
        return result(compiled, best, progress, started);
    }

    /**
     * When the limit strikes during construction, place the rest anywhere allowed so that every lesson still
     * gets a slot in the answer (its clashes are then counted as hard violations).
     */
    private static TimetableSolution completeGreedily(TimetableSolution solution, SolverFactory<TimetableSolution> factory) {
        for (LessonBlock block : solution.blocks()) {
            if (!block.isPlaced()) {
                block.setStart(block.getAllowedStarts().getFirst());
            }
        }
        for (RoomBooking booking : solution.bookings()) {
            if (booking.getRoom() == null && !booking.getCandidates().isEmpty()) {
                booking.setRoom(booking.getCandidates().getFirst());
            }
        }
        SolutionManager.<TimetableSolution, HardSoftScore>create(factory).update(solution);
        return solution;
    }

    private static EntitySelectorConfig sorted(EntitySelectorConfig config, Class<?> entityClass) {
        return config.withSorterManner(EntitySorterManner.DESCENDING_IF_AVAILABLE);
    }

    private static long millisUntil(long deadline) {
        return Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    }

    private static SolverConfig config(SolveOptions options, long millis, boolean rooms) {
        TerminationConfig termination = new TerminationConfig().withMillisecondsSpentLimit(millis);
        if (options.untilFeasible()) {
            termination = new TerminationConfig().withTerminationConfigList(List.of(
                    new TerminationConfig().withMillisecondsSpentLimit(millis),
                    new TerminationConfig().withBestScoreFeasible(true)));
        }
        return new SolverConfig()
                .withSolutionClass(TimetableSolution.class)
                .withEntityClasses(LessonBlock.class, RoomBooking.class)
                .withConstraintProviderClass(TimetableConstraints.class)
                .withEnvironmentMode(Boolean.getBoolean("preau.fullAssert") ? EnvironmentMode.FULL_ASSERT : EnvironmentMode.NO_ASSERT)
                .withRandomSeed(options.seed())
                .withTerminationConfig(termination)
                .withPhases(construction(LessonBlock.class), construction(RoomBooking.class), localSearch(rooms));
    }

    /**
     * Change and swap moves of blocks (whole alignments move together), swaps with the clashing blocks, and
     * room changes when some lesson has a room to choose.
     */
    private static LocalSearchPhaseConfig localSearch(boolean rooms) {
        String type = System.getProperty("preau.localSearch");
        List<MoveSelectorConfig> moves = new ArrayList<>(List.of(
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(LessonBlock.class))));
        if (!Boolean.getBoolean("preau.noswap")) {
            moves.add(new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(LessonBlock.class)));
        }
        if (Boolean.getBoolean("preau.ruin")) {
            moves.add(new ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig()
                    .withEntitySelectorConfig(new EntitySelectorConfig(LessonBlock.class))
                    .withVariableName("start").withMinimumRuinedCount(2).withMaximumRuinedCount(8));
        }
        if (!Boolean.getBoolean("preau.nokempe")) {
            moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(SwapWithClashesMoves.class));
        }
        if (rooms) {
            moves.add(new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(RoomBooking.class)));
        }
        LocalSearchPhaseConfig config = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(moves.toArray(MoveSelectorConfig[]::new)));
        if (type != null) {
            config.setLocalSearchType(ai.timefold.solver.core.config.localsearch.LocalSearchType.valueOf(type));
        }
        // Measured on real FET files: a short entity tabu with a wide look at each step beats late acceptance
        // on tight timetables (classes using every period of the week).
        var acceptor = new ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig();
        if (Integer.getInteger("preau.la") != null) {
            acceptor.setLateAcceptanceSize(Integer.getInteger("preau.la"));
        } else {
            acceptor.setEntityTabuSize(Integer.getInteger("preau.tabu", 7));
        }
        config.setAcceptorConfig(acceptor);
        config.setForagerConfig(new ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig()
                .withAcceptedCountLimit(Integer.getInteger("preau.accepted", 100)));
        return config;
    }

    /** Times first (hardest blocks first), then rooms: a room is easier to change than a time. */
    private static ConstructionHeuristicPhaseConfig construction(Class<?> entityClass) {
        String id = "placed" + entityClass.getSimpleName();
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                        .withEntitySelectorConfig(sorted(new EntitySelectorConfig(entityClass).withId(id)
                                .withCacheType(SelectionCacheType.PHASE)
                                .withSelectionOrder(SelectionOrder.SORTED), entityClass))
                        .withMoveSelectorConfigs(new ChangeMoveSelectorConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef(id))));
    }

    private static SolveResult result(CompiledProblem compiled, TimetableSolution best, Progress progress, long started) {
        TimetableProblem problem = compiled.problem();
        List<Placement> placements = new ArrayList<>();
        int placed = 0;
        for (int l = 0; l < problem.lessons().size(); l++) {
            LessonBlock block = best.blocks().get(compiled.blockOfLesson()[l]);
            if (!block.isPlaced()) {
                continue;
            }
            placed++;
            RoomBooking booking = compiled.bookingOfLesson()[l];
            String room = "";
            if (booking != null) {
                RoomBooking solved = best.bookings().get(compiled.solution().bookings().indexOf(booking));
                room = solved.getRoom() == null ? "" : solved.getRoom().id();
            }
            placements.add(new Placement(problem.lessons().get(l).id(), new Slot(block.day(), block.period()), room));
        }
        HardSoftScore score = best.score() == null ? HardSoftScore.ZERO : best.score();
        int lessons = problem.lessons().size();
        long hard = -score.hardScore() + (lessons - placed);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new SolveResult(new Timetable(problem, placements), lessons, placed, hard, -score.softScore() / 100.0,
                hard == 0 ? progress.secondsToFeasible(seconds) : -1, seconds);
    }

    /** The latest best solution's figures, for progress lines and time to feasibility. */
    private static final class Progress {
        private final long started;
        private final int lessons;
        private final AtomicReference<String> last = new AtomicReference<>("constructing");
        private volatile double feasibleAt = -1;

        Progress(long started, int lessons) {
            this.started = started;
            this.lessons = lessons;
        }

        void best(TimetableSolution solution) {
            int placed = 0;
            for (LessonBlock block : solution.blocks()) {
                if (block.isPlaced()) {
                    placed += block.lessons().size();
                }
            }
            HardSoftScore score = solution.score();
            long hard = score == null ? 0 : -score.hardScore();
            double soft = score == null ? 0 : -score.softScore() / 100.0;
            if (placed == lessons && hard == 0 && feasibleAt < 0) {
                feasibleAt = elapsed();
            }
            last.set(String.format(Locale.ROOT, "placed %d/%d, hard violations %d, soft penalty %.2f",
                    placed, lessons, hard, soft));
        }

        double elapsed() {
            return (System.nanoTime() - started) / 1e9;
        }

        double secondsToFeasible(double fallback) {
            return feasibleAt < 0 ? fallback : feasibleAt;
        }

        String line() {
            return String.format(Locale.ROOT, "[%6.1fs] %s", elapsed(), last.get());
        }
    }
}

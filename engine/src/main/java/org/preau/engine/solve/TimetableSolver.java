package org.preau.engine.solve;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicForagerConfig;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicPickEarlyType;
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
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
        SolveProgress progress = new SolveProgress(started, compiled.problem().lessons().size());
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "timetable-clock");
            thread.setDaemon(true);
            return thread;
        });
        if (options.progress() != null) {
            long every = options.progressInterval().toMillis();
            clock.scheduleAtFixedRate(() -> options.progress().println(progress.line()), every, every, TimeUnit.MILLISECONDS);
        }
        TimetableSolution best;
        boolean rooms = !compiled.solution().bookings().isEmpty();
        try {
            SolverFactory<TimetableSolution> factory;
            if (FAST_PHASE) {
                // Timefold's start-up (building the constraint network, loading and compiling its classes) takes
                // seconds: on the other core, while the fast phase runs.
                CompletableFuture<SolverFactory<TimetableSolution>> warm = SolverWarmUp.start(problem, config(options, 1, rooms));
                fastPhase(compiled, options, started, deadline, progress);
                factory = SolverWarmUp.join(warm);
            } else {
                factory = SolverFactory.create(config(options, millisUntil(deadline), rooms));
            }
            Solver<TimetableSolution> solver = factory.buildSolver(new SolverConfigOverride()
                    .withTerminationConfig(termination(options, millisUntil(deadline))));
            solver.addEventListener(event -> progress.best(event.getNewBestSolution()));
            // Timefold checks its own limit between steps and counts from solve(); this makes the deadline exact.
            clock.schedule(solver::terminateEarly, millisUntil(deadline), TimeUnit.MILLISECONDS);
            best = solver.solve(compiled.solution());
            if (best.blocks().stream().anyMatch(b -> !b.isPlaced())) {
                best = completeGreedily(best, factory);
            }
        } finally {
            clock.shutdownNow();
        }
        progress.best(best);
        if (options.progress() != null) {
            options.progress().println(progress.line());
        }
        return result(compiled, best, progress, started);
    }

    /** {@code -Dpreau.fastPhase=false} turns the int-array hard phase off (for comparisons). */
    /** Share of the remaining time the fast phase may use ({@code -Dpreau.fastShare}, default 0.6). */
    static final double FAST_SHARE = Double.parseDouble(System.getProperty("preau.fastShare", "0.6"));

    static final boolean FAST_PHASE = !"false".equals(System.getProperty("preau.fastPhase"));

    /** {@code -Dpreau.fastMoves=N} caps the fast phase's moves (to compare its speed in CPU time, not wall clock). */
    static final long FAST_MOVES = Long.getLong("preau.fastMoves", Long.MAX_VALUE);

    /**
     * The int-array phase for hard clashes ({@link FastFeasibilitySearch}): it gets at most 60 % of the time left
     * and hands its starts to Timefold as the initial solution, which scores them exactly and goes on (rooms,
     * the hard rules the fast phase does not count, soft rules).
     */
    static void fastPhase(CompiledProblem compiled, SolveOptions options, long started, long deadline, SolveProgress progress) {
        List<LessonBlock> blocks = compiled.solution().blocks();
        if (blocks.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        long until = now + (long) ((deadline - now) * FAST_SHARE);
        FastFeasibilitySearch search = new FastFeasibilitySearch(compiled.solution(), compiled.problem().week().dayCount(),
                compiled.problem().week().periodsPerDay(), options.seed());
        int hard = search.solve(until, FAST_MOVES);
        progress.fast(hard, search.iterations());
        if (options.progress() != null) {
            options.progress().println(progress.line());
        }
        int[] starts = search.starts();
        for (int b = 0; b < blocks.size(); b++) {
            if (starts[b] >= 0) {
                blocks.get(b).setStart(compiled.slots().get(starts[b]));
            }
        }
        RoomAssigner.assign(compiled.solution(), compiled.rooms(), compiled.problem().week().dayCount(),
                compiled.problem().week().periodsPerDay());
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

    private static TerminationConfig termination(SolveOptions options, long millis) {
        if (options.untilFeasible()) {
            return new TerminationConfig().withTerminationConfigList(List.of(
                    new TerminationConfig().withMillisecondsSpentLimit(millis),
                    new TerminationConfig().withBestScoreFeasible(true)));
        }
        return new TerminationConfig().withMillisecondsSpentLimit(millis);
    }

    private static SolverConfig config(SolveOptions options, long millis, boolean rooms) {
        TerminationConfig termination = termination(options, millis);
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
     * Change and swap moves of blocks (whole alignments move together), swaps with the clashing blocks, Kempe
     * chains between two days, and room changes when some lesson has a room to choose.
     */
    private static LocalSearchPhaseConfig localSearch(boolean rooms) {
        List<MoveSelectorConfig> moves = new ArrayList<>(List.of(
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(LessonBlock.class)),
                new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(LessonBlock.class)),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(SwapWithClashesMoves.class),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(DaySwapChainMoves.class)));
        if (rooms) {
            moves.add(new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(RoomBooking.class)));
        }
        // Measured on the FET examples: a short entity tabu looking at 100 accepted moves per step beats late
        // acceptance on tight timetables (classes using every period of the week).
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(moves.toArray(MoveSelectorConfig[]::new)))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(100));
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
                                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef(id))))
                // a block takes the first start that adds no hard violation: twice as fast as trying every start,
                // as good for the hard score; soft costs are for the local search
                .withForagerConfig(new ConstructionHeuristicForagerConfig().withPickEarlyType(entityClass == LessonBlock.class
                        ? ConstructionHeuristicPickEarlyType.FIRST_FEASIBLE_SCORE_OR_NON_DETERIORATING_HARD
                        : ConstructionHeuristicPickEarlyType.NEVER));
    }

    private static SolveResult result(CompiledProblem compiled, TimetableSolution best, SolveProgress progress, long started) {
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
}

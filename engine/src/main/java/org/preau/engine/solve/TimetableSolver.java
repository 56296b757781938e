package org.preau.engine.solve;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
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
import ai.timefold.solver.core.config.solver.monitoring.MonitoringConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationCompositionStyle;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.preau.engine.check.CheckReport;
import org.preau.engine.check.TimetableChecker;
import org.preau.engine.model.Placement;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Timetable;
import org.preau.engine.model.TimetableProblem;

/**
 * Solves a {@link TimetableProblem}: a fast phase for the hard rules, then Timefold Solver wired by hand, one
 * solver per core ({@link TimefoldPortfolio}): construction heuristic, local search until feasible, local search
 * for the soft rules. The entry point for the CLI and the platform:
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
        boolean mend = MEND && MendMinDaysMoves.applies(compiled.solution());
        try {
            List<SolverConfig> configs = new ArrayList<>();
            for (int search = 0; search < SEARCHES; search++) {
                configs.add(config(options, millisUntil(deadline), rooms, mend, search));
            }
            // each search works on a copy of its own
            List<CompiledProblem> copies = new ArrayList<>(List.of(compiled));
            while (copies.size() < SEARCHES) {
                copies.add(ProblemCompiler.compile(problem));
            }
            List<SolverFactory<TimetableSolution>> factories;
            if (FAST_PHASE) {
                // Timefold's start-up (building the constraint network, loading and compiling its classes) takes
                // seconds: on a thread of its own, while the fast phase runs.
                CompletableFuture<List<SolverFactory<TimetableSolution>>> warm = SolverWarmUp.start(problem, configs);
                int[] starts = fastPhase(compiled, options, started, deadline, progress);
                if (deadline - System.nanoTime() < TIMEFOLD_START_NANOS) {
                    return answerAtLimit(compiled, starts, options, progress, started);
                }
                copies.forEach(copy -> takeStarts(copy, starts));
                factories = Background.join(warm);
                int[] heavyKept = heavyMinDaysPass(compiled, starts, factories.getFirst(), options, started, deadline,
                        progress);
                if (heavyKept != null) {
                    // compiled, the first copy, already holds them; the others hold the first pass's
                    for (int search = 1; search < copies.size(); search++) {
                        if (HeavyMinDaysPass.startsSearch(search)) {
                            takeStarts(copies.get(search), heavyKept);
                        }
                    }
                }
            } else {
                factories = configs.stream().map(SolverFactory::<TimetableSolution>create).toList();
            }
            List<TimefoldPortfolio.Search> searches = new ArrayList<>();
            for (int search = 0; search < SEARCHES; search++) {
                searches.add(new TimefoldPortfolio.Search(factories.get(search), copies.get(search).solution()));
            }
            best = TimefoldPortfolio.solve(searches, () -> termination(options, millisUntil(deadline)), deadline,
                    progress, clock);
            if (best.blocks().stream().anyMatch(b -> !b.isPlaced())) {
                best = completeGreedily(best, factories.getFirst());
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

    /**
     * Share of the remaining time the fast phase may use when it does not reach zero ({@code -Dpreau.fastShare}).
     * Timefold's hard search, which gets the rest, never lowered the count the fast phase was left with on the
     * unsolved files, while the fast phase was still making progress late: germany-gyr, seeds 1 and 2, two fast
     * searches, best count at 36 s (a 0.6 share) 16 and 7, at 54 s (0.9) 10 and 5.
     */
    static final double FAST_SHARE = Double.parseDouble(System.getProperty("preau.fastShare", "0.9"));

    /**
     * Time left after the fast phase below which Timefold is not started ({@link #answerAtLimit}): waiting for its
     * factory and scoring once in each search took 2 s on fet-data's SPAIN_20-21-locked (1,205 activities) with
     * 0.1 s left of a 2-s limit, and 2.3 s with 0.55 s left of a 3-s limit.
     */
    private static final long TIMEFOLD_START_NANOS = 1_000_000_000L;

    /** Share of the time left {@link PackedResources#ruleOut} may take (0.7 s of 60 on germany-gyr, cold). */
    private static final double PACKED_SHARE = 0.1;

    /** {@code -Dpreau.fastPhase=false} turns the int-array hard phase off (for comparisons). */
    static final boolean FAST_PHASE = !"false".equals(System.getProperty("preau.fastPhase"));

    /** {@code -Dpreau.roomCheck=false} lets the fast phase stop at zero without checking that rooms can be given. */
    static final boolean ROOM_CHECK = !"false".equals(System.getProperty("preau.roomCheck"));

    /** {@code -Dpreau.fastMoves=N} caps the fast phase's moves (to compare its speed in CPU time, not wall clock). */
    static final long FAST_MOVES = Long.getLong("preau.fastMoves", Long.MAX_VALUE);

    /**
     * The int-array phase for hard clashes ({@link FastFeasibilitySearch}, one per core: {@link FastSearchPortfolio}):
     * it gets at most {@link #FAST_SHARE} of the time left and returns its starts (one per block, -1 unplaced), which
     * Timefold takes as the initial solution, scores exactly and goes on from (rooms, soft rules).
     */
    static int[] fastPhase(CompiledProblem compiled, SolveOptions options, long started, long deadline, SolveProgress progress) {
        List<LessonBlock> blocks = compiled.solution().blocks();
        if (blocks.isEmpty()) {
            return new int[0];
        }
        long now = System.nanoTime();
        long until = now + (long) ((deadline - now) * FAST_SHARE);
        int days = compiled.problem().week().dayCount();
        int periods = compiled.problem().week().periodsPerDay();
        PackedResources.ruleOut(blocks, compiled.slots().size(), now + (long) ((deadline - now) * PACKED_SHARE));
        FastSearchPortfolio searches = new FastSearchPortfolio(compiled.solution(), days, periods, options.seed(),
                FastSearchPortfolio.THREADS);
        if (ROOM_CHECK && compiled.solution().bookings().stream().anyMatch(RoomBooking::needsRoom)) {
            // the fast phase counts rooms as pools, which can hold where rooms cannot be given (a double lesson
            // needs the same room twice): a zero is only kept when RoomAssigner finds every room
            searches.checkAtZero(starts -> RoomAssigner.blocksWithoutRoom(compiled.solution(), compiled.rooms().size(),
                    days, periods, compiled.slots(), starts));
        }
        progress.fastRunning(searches);
        FastSearchPortfolio.Outcome outcome = searches.run(until, FAST_MOVES);
        progress.fast(outcome.hard(), outcome.moves());
        if (options.progress() != null) {
            options.progress().println(progress.line());
        }
        return outcome.starts();
    }

    /**
     * When the fast phase's timetable ({@code starts}, placed in {@code compiled}), scored by Timefold, breaks no
     * hard rule and there is time: the {@link HeavyMinDaysPass}'s starts, placed in {@code compiled}, if Timefold
     * scores them better; else null with {@code starts} placed again. Better is not a given: the pass gives up the
     * rules it breaks at each of its restarts (generated lycée, seed 1: 84 broken at its zero against about 50 in the
     * first timetable).
     */
    private static int[] heavyMinDaysPass(CompiledProblem compiled, int[] starts, SolverFactory<TimetableSolution> factory,
            SolveOptions options, long started, long deadline, SolveProgress progress) {
        TimetableSolution solution = compiled.solution();
        if (!HeavyMinDaysPass.worthIt(solution, options, started, deadline)
                || solution.blocks().stream().anyMatch(block -> !block.isPlaced())) {
            return null;
        }
        SolutionManager<TimetableSolution, HardSoftScore> scores = SolutionManager.create(factory);
        HardSoftScore first = scores.update(solution);
        if (!first.isFeasible()) {
            return null;
        }
        progress.feasible();
        progress.phase("second fast pass, keeping the soft \"min days between\" rules of 95 % and more");
        int[] kept = HeavyMinDaysPass.run(compiled, options.seed(), deadline);
        if (kept == null) {
            return null;
        }
        takeStarts(compiled, kept);
        if (scores.update(solution).compareTo(first) > 0) {
            return kept;
        }
        takeStarts(compiled, starts);
        return null;
    }

    /** Puts each block at the fast phase's start (index into the slots; -1 leaves it unplaced) and gives rooms. */
    static void takeStarts(CompiledProblem compiled, int[] starts) {
        List<LessonBlock> blocks = compiled.solution().blocks();
        for (int b = 0; b < starts.length; b++) {
            if (starts[b] >= 0) {
                blocks.get(b).setStart(compiled.slots().get(starts[b]));
            }
        }
        RoomAssigner.assign(compiled.solution(), compiled.rooms(), compiled.problem().week().dayCount(),
                compiled.problem().week().periodsPerDay());
    }

    /**
     * The answer when the fast phase left too little time for Timefold ({@link #TIMEFOLD_START_NANOS}): its
     * timetable, scored by the independent checker, which agrees with Timefold's score
     * ({@code CheckerAgreesWithSolverScoreTest}). Timefold's searches could only score it too, once its factory is
     * built and each has a session of its own: 1.3 s past a 2-s limit on fet-data's SPAIN_20-21-locked (1,205
     * activities). The warm-up thread, if still building the factory, finishes on its own in the background.
     */
    private static SolveResult answerAtLimit(CompiledProblem compiled, int[] starts, SolveOptions options,
            SolveProgress progress, long started) {
        takeStarts(compiled, starts);
        TimetableSolution solution = compiled.solution();
        placeTheRest(solution);
        CheckReport report = TimetableChecker.check(timetable(compiled, solution));
        solution.setScore(HardSoftScore.of(-report.hardCount(), -report.softUnits()));
        progress.best(solution);
        if (options.progress() != null) {
            options.progress().println(progress.line());
        }
        return result(compiled, solution, progress, started);
    }

    /**
     * When the limit strikes during construction, place the rest anywhere allowed so that every lesson still
     * gets a slot in the answer (its clashes are then counted as hard violations).
     */
    private static TimetableSolution completeGreedily(TimetableSolution solution, SolverFactory<TimetableSolution> factory) {
        placeTheRest(solution);
        SolutionManager.<TimetableSolution, HardSoftScore>create(factory).update(solution);
        return solution;
    }

    /** Every lesson not placed yet at its first allowed start, every booking without a room in its first room. */
    private static void placeTheRest(TimetableSolution solution) {
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
    }

    private static EntitySelectorConfig sorted(EntitySelectorConfig config, Class<?> entityClass) {
        return config.withSorterManner(EntitySorterManner.DESCENDING_IF_AVAILABLE);
    }

    private static long millisUntil(long deadline) {
        return Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    }

    /** The time limit, or earlier: the first feasible timetable if asked for, else a perfect one (nothing to gain). */
    private static TerminationConfig termination(SolveOptions options, long millis) {
        TerminationConfig enough = options.untilFeasible()
                ? new TerminationConfig().withBestScoreFeasible(true)
                : new TerminationConfig().withBestScoreLimit("0hard/0soft");
        return new TerminationConfig().withTerminationConfigList(List.of(
                new TerminationConfig().withMillisecondsSpentLimit(millis), enough));
    }

    /** {@code -Dpreau.mend=false} leaves {@link MendMinDaysMoves} out of the soft search (for comparisons). */
    static final boolean MEND = !"false".equals(System.getProperty("preau.mend"));

    /** Timefold searches run at once after the fast phase ({@link TimefoldPortfolio}): one per core, up to 2. */
    static final int SEARCHES = Integer.getInteger("preau.timefoldSearches",
            Math.min(2, Runtime.getRuntime().availableProcessors()));

    /**
     * The solver configuration of Timefold search number {@code search}: the searches differ by their seed only
     * ({@link TimefoldPortfolio} keeps the best), since the late acceptance's result depends much on it (hongkong,
     * seeds 1-4, one core: 3,367 to 4,556 in Préau's units).
     */
    static SolverConfig config(SolveOptions options, long millis, boolean rooms, boolean mend, int search) {
        TerminationConfig termination = termination(options, millis);
        return new SolverConfig()
                .withSolutionClass(TimetableSolution.class)
                .withEntityClasses(LessonBlock.class, RoomBooking.class)
                .withConstraintProviderClass(TimetableConstraints.class)
                .withEnvironmentMode(Boolean.getBoolean("preau.fullAssert") ? EnvironmentMode.FULL_ASSERT : EnvironmentMode.NO_ASSERT)
                .withRandomSeed(options.seed() + search)
                // no Micrometer gauges: nothing reads them, and two solvers at once would register the same one twice
                .withMonitoringConfig(new MonitoringConfig().withSolverMetricList(List.of()))
                .withTerminationConfig(termination)
                .withPhases(construction(LessonBlock.class), construction(RoomBooking.class),
                        hardSearch(rooms),
                        softSearch(rooms, mend));
    }

    /**
     * {@code -Dpreau.rotations=false} leaves {@link RotationMoves} out (for comparisons). Measured with and without
     * (60 s, soft in FET units): italy-liceo seeds 0-7, 41.65 / 46.95 / 46.15 / 44.1 / 47.05 / 50.75 / 46.4 / 48.35
     * against 42.15 / 55.8 / 48.45 / 46.6 / 49.15 / 49.45 / 49.95 / 42.35 (sum 371.4 against 383.9); hungary seeds
     * 0-1, 11.92 / 10.56 against 16.1 / 10.23; hongkong seeds 0-1, 11.4 / 18.83 against 13.88 / 15.87.
     */
    private static final boolean ROTATIONS = Boolean.parseBoolean(System.getProperty("preau.rotations", "true"));

    /**
     * Change and swap moves of blocks (whole alignments move together), swaps with the clashing blocks, Kempe
     * chains between two days, rotations of three lessons of the same pupils, room changes when some lesson has a
     * room to choose, and, in the soft search of a problem with soft "min days between" rules, moves mending those
     * ({@link MendMinDaysMoves}).
     */
    private static UnionMoveSelectorConfig moves(boolean rooms, boolean mend) {
        List<MoveSelectorConfig> moves = new ArrayList<>(List.of(
                new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(LessonBlock.class)),
                new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(LessonBlock.class)),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(SwapWithClashesMoves.class),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(DaySwapChainMoves.class)));
        if (ROTATIONS) {
            moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RotationMoves.class));
        }
        if (mend) {
            moves.add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(MendMinDaysMoves.class));
        }
        if (rooms) {
            moves.add(new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(RoomBooking.class)));
        }
        return new UnionMoveSelectorConfig().withMoveSelectors(moves.toArray(MoveSelectorConfig[]::new));
    }

    /**
     * Steps without a better score the tabu search goes on for past the first feasible timetable before handing over
     * to {@link #softSearch} ({@code -Dpreau.tabuSteps}, to compare). None: late acceptance from the first feasible
     * timetable does better now that the fast phase gets there. Measured with 2,000 steps against none (60 s, one
     * Timefold search and one fast search on one core, seeds 1-4, soft penalty in Préau's units): hongkong 6,091 /
     * 6,836 / 6,685 / 6,189 against 4,110 / 4,556 / 3,367 / 4,159; belize 292 / 294 / 97 / 1,073 against 98 / 196 / 0
     * / 0; spain-school zero after 13.0 to 30.1 s against 9.2 to 15.9 s (figures in the order the runs ended).
     * Before the fast phase, 2,000 steps had helped: belize 10.7 against 13.7 in FET units.
     */
    private static final int TABU_UNIMPROVED_STEPS = Integer.getInteger("preau.tabuSteps", 0);

    /**
     * Local search until the best timetable breaks no hard rule (at once when the fast phase got there) and, when
     * {@link #TABU_UNIMPROVED_STEPS} is not 0, has stopped improving for that many steps.
     */
    private static LocalSearchPhaseConfig hardSearch(boolean rooms) {
        // Measured on the FET examples: a short entity tabu looking at 100 accepted moves per step beats late
        // acceptance on tight timetables (classes using every period of the week).
        TerminationConfig feasible = new TerminationConfig().withBestScoreFeasible(true);
        return new LocalSearchPhaseConfig()
                .withTerminationConfig(TABU_UNIMPROVED_STEPS == 0 ? feasible : new TerminationConfig()
                        .withTerminationCompositionStyle(TerminationCompositionStyle.AND)
                        .withTerminationConfigList(List.of(feasible,
                                new TerminationConfig().withUnimprovedStepCountLimit(TABU_UNIMPROVED_STEPS))))
                .withMoveSelectorConfig(moves(rooms, false))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(100));
    }

    /**
     * Local search for the soft rules once every hard rule holds, until the limit. Late acceptance never takes
     * a move breaking a hard rule back, and takes the first acceptable move: about 8 times the steps of the tabu
     * search in the same time. Measured (60 s, seed 1, FET units, belize / collège, before the day chains):
     * late acceptance 100 gave 15.6 / 106.1 where the tabu search gave 28.4 / 107.0; 400 was slower to converge
     * (17.6 / 114.6), 10 accepted moves per step lost belize's gain (31.3 / 106.1).
     */
    private static LocalSearchPhaseConfig softSearch(boolean rooms, boolean mend) {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves(rooms, mend))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(100))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
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
        Timetable timetable = timetable(compiled, best);
        int placed = timetable.placements().size();
        HardSoftScore score = best.score() == null ? HardSoftScore.ZERO : best.score();
        int lessons = compiled.problem().lessons().size();
        long hard = -score.hardScore() + (lessons - placed);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new SolveResult(timetable, lessons, placed, hard, -score.softScore() / 100.0,
                hard == 0 ? progress.secondsToFeasible(seconds) : -1, seconds);
    }

    /** The placed lessons of {@code best} as the model's timetable (lessons, slots, rooms by id). */
    private static Timetable timetable(CompiledProblem compiled, TimetableSolution best) {
        TimetableProblem problem = compiled.problem();
        List<Placement> placements = new ArrayList<>();
        for (int l = 0; l < problem.lessons().size(); l++) {
            LessonBlock block = best.blocks().get(compiled.blockOfLesson()[l]);
            if (!block.isPlaced()) {
                continue;
            }
            RoomBooking booking = compiled.bookingOfLesson()[l];
            String room = "";
            if (booking != null) {
                RoomBooking solved = best.bookings().get(compiled.solution().bookings().indexOf(booking));
                room = solved.getRoom() == null ? "" : solved.getRoom().id();
            }
            placements.add(new Placement(problem.lessons().get(l).id(), new Slot(block.day(), block.period()), room));
        }
        return new Timetable(problem, placements);
    }
}

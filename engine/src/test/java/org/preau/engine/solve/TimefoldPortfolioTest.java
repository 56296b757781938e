package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.engine.io.fet.FetImporter;
import org.preau.engine.testing.FetExamples;

/** Timefold searches at once: the best timetable is kept, one search done stops the others, an interrupt stops all. */
class TimefoldPortfolioTest {

    private static final SolveOptions OPTIONS = SolveOptions.of(Duration.ofSeconds(120));
    private static final SolverFactory<TimetableSolution> FACTORY =
            SolverFactory.create(TimetableSolver.config(OPTIONS, 120_000, true, false, 0));

    @TempDir
    Path dir;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopClock() {
        clock.shutdownNow();
    }

    private static CompiledProblem brazil() {
        return ProblemCompiler.compile(FetImporter.read(FetExamples.file("FET-5-official/Brazil/1/Brazil.fet")).problem());
    }

    /** Brazil as the fast phase leaves it: every hard rule holds. */
    private static TimetableSolution feasible() {
        CompiledProblem compiled = brazil();
        long now = System.nanoTime();
        TimetableSolver.takeStarts(compiled, TimetableSolver.fastPhase(compiled, OPTIONS, now,
                now + Duration.ofSeconds(60).toNanos(), new SolveProgress(now, compiled.problem().lessons().size())));
        return compiled.solution();
    }

    /** Brazil with every block at its first allowed start: teachers and classes double-booked. */
    private static TimetableSolution clashing() {
        CompiledProblem compiled = brazil();
        int[] first = new int[compiled.solution().blocks().size()];
        for (int b = 0; b < first.length; b++) {
            first[b] = compiled.solution().blocks().get(b).getAllowedStarts().getFirst().index();
        }
        TimetableSolver.takeStarts(compiled, first);
        return compiled.solution();
    }

    private TimetableSolution race(Duration limit, TerminationConfig enough, TimetableSolution... starts) {
        long deadline = System.nanoTime() + limit.toNanos();
        List<TimefoldPortfolio.Search> searches = List.of(starts).stream()
                .map(start -> new TimefoldPortfolio.Search(FACTORY, start)).toList();
        return TimefoldPortfolio.solve(searches, () -> new TerminationConfig().withTerminationConfigList(List.of(
                        new TerminationConfig().withMillisecondsSpentLimit(limit.toMillis()), enough)), deadline,
                new SolveProgress(System.nanoTime(), 0), clock);
    }

    @Test
    void keepsTheBetterTimetableWhicheverSearchHasIt() {
        // 1 ms: neither search changes much, so the answer is the better of the two starts
        TerminationConfig perfect = new TerminationConfig().withBestScoreLimit("0hard/0soft");
        assertThat(race(Duration.ofMillis(1), perfect, clashing(), feasible()).score().isFeasible()).isTrue();
        assertThat(race(Duration.ofMillis(1), perfect, feasible(), clashing()).score().isFeasible()).isTrue();
    }

    /** A problem with no feasible timetable: a search on it runs until it is stopped. */
    private TimetableSolution endless() throws IOException {
        Path impossible = Files.writeString(dir.resolve("impossible.fet"), Files.readString(
                Path.of("src/test/resources/fet/college.fet")).replace("<MinDays>1</MinDays>", "<MinDays>5</MinDays>"));
        return ProblemCompiler.compile(FetImporter.read(impossible).problem()).solution();
    }

    @Test
    void aSearchThatIsDoneStopsTheOthers() throws IOException {
        // the second search, alone, would run the whole 120 s
        TimetableSolution endless = endless();
        long started = System.nanoTime();

        TimetableSolution best = race(Duration.ofSeconds(120),
                new TerminationConfig().withBestScoreFeasible(true), feasible(), endless);

        assertThat(best.score().isFeasible()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void interruptingTheCallerStopsEverySearchAndKeepsTheBest() throws Exception {
        TimetableSolution feasible = feasible();
        TimetableSolution endless = endless();
        AtomicReference<TimetableSolution> best = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        // neither search stops by itself before 120 s: no score reaches a positive hard level
        Thread caller = new Thread(() -> {
            best.set(race(Duration.ofSeconds(120), new TerminationConfig().withBestScoreLimit("1hard/0soft"),
                    endless, feasible));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        long started = System.nanoTime();
        caller.start();
        Thread.sleep(2_000);
        caller.interrupt();
        caller.join(Duration.ofSeconds(60).toMillis());

        assertThat(caller.isAlive()).as("the race still runs 60 s after the interrupt").isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
        assertThat(best.get().score().isFeasible()).isTrue();
        assertThat(stillInterrupted).isTrue();
    }
}

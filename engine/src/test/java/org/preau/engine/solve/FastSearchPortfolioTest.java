package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.engine.io.fet.FetImporter;
import org.preau.engine.testing.FetExamples;

/**
 * Two fast searches at once: the one reaching zero with the least work wins, whichever thread is faster; an interrupt
 * of the caller stops both.
 */
class FastSearchPortfolioTest {

    @TempDir
    Path dir;

    private static final long SEED = 5;

    private static CompiledProblem problem() {
        return ProblemCompiler.compile(FetImporter.read(FetExamples.file("FET-5-official/Brazil/1/Brazil.fet")).problem());
    }

    private static long deadline() {
        return System.nanoTime() + Duration.ofSeconds(60).toNanos();
    }

    /** Each search of the portfolio alone (its seed and style), to zero: its work, moves and starts. */
    private static FastFeasibilitySearch alone(int index) {
        CompiledProblem compiled = problem();
        FastFeasibilitySearch search = new FastFeasibilitySearch(compiled.solution(), compiled.problem().week().dayCount(),
                compiled.problem().week().periodsPerDay(), FastSearchPortfolio.seedOf(SEED, index),
                FastSearchPortfolio.style(index));
        assertThat(search.solve(deadline(), Long.MAX_VALUE)).isZero();
        return search;
    }

    private static FastSearchPortfolio.Outcome together() {
        CompiledProblem compiled = problem();
        return new FastSearchPortfolio(compiled.solution(), compiled.problem().week().dayCount(),
                compiled.problem().week().periodsPerDay(), SEED, 2).run(deadline(), Long.MAX_VALUE);
    }

    @Test
    void keepsTheSearchThatReachedZeroWithTheLeastWork() {
        FastFeasibilitySearch first = alone(0);
        FastFeasibilitySearch second = alone(1);
        assertThat(first.work()).as("the seeds must differ for the test to tell").isNotEqualTo(second.work());
        FastFeasibilitySearch winner = first.work() <= second.work() ? first : second;

        FastSearchPortfolio.Outcome outcome = together();

        assertThat(outcome.hard()).isZero();
        assertThat(outcome.moves()).isEqualTo(winner.iterations());
        assertThat(outcome.starts()).isEqualTo(winner.starts());
    }

    @Test
    void sameSeedSameAnswer() {
        FastSearchPortfolio.Outcome once = together();
        for (int run = 0; run < 5; run++) {
            FastSearchPortfolio.Outcome again = together();
            assertThat(again.starts()).isEqualTo(once.starts());
            assertThat(again.moves()).isEqualTo(once.moves());
        }
    }

    @Test
    void interruptingTheCallerStopsBothSearches() throws Exception {
        // "min 5 days between" on a 5-day week cannot hold: alone, the searches would run the whole 120 s
        Path impossible = Files.writeString(dir.resolve("impossible.fet"), Files.readString(
                Path.of("src/test/resources/fet/college.fet")).replace("<MinDays>1</MinDays>", "<MinDays>5</MinDays>"));
        CompiledProblem compiled = ProblemCompiler.compile(FetImporter.read(impossible).problem());
        FastSearchPortfolio searches = new FastSearchPortfolio(compiled.solution(), compiled.problem().week().dayCount(),
                compiled.problem().week().periodsPerDay(), SEED, 2);
        AtomicReference<FastSearchPortfolio.Outcome> outcome = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            outcome.set(searches.run(System.nanoTime() + Duration.ofSeconds(120).toNanos(), Long.MAX_VALUE));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        Thread.sleep(1_000);
        caller.interrupt();
        caller.join(Duration.ofSeconds(30).toMillis());

        assertThat(caller.isAlive()).as("the searches still run 30 s after the interrupt").isFalse();
        assertThat(outcome.get().hard()).isPositive();
        assertThat(outcome.get().starts()).doesNotContain(-1);
        assertThat(stillInterrupted).isTrue();
    }
}

package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.engine.io.fet.FetImporter;
import org.preau.engine.testing.FetExamples;

/**
 * Two fast searches at once: the one reaching zero with the least work wins, whichever thread is faster, also when
 * they pause to share their best; a search far behind goes on from the leader's best; an interrupt of the caller
 * stops both.
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
        return together(FastSearchPortfolio.SHARE_WORK);
    }

    /** The two searches at once, pausing to share every {@code shareWork}. */
    private static FastSearchPortfolio.Outcome together(long shareWork) {
        CompiledProblem compiled = problem();
        FastSearchPortfolio searches = new FastSearchPortfolio(compiled.solution(), compiled.problem().week().dayCount(),
                compiled.problem().week().periodsPerDay(), SEED, 2);
        searches.shareEvery(shareWork);
        return searches.run(deadline(), Long.MAX_VALUE);
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
    void sameSeedSameAnswerWhenTheSearchesPauseToShare() {
        long shareWork = alone(0).work() / 20; // about 20 pauses before zero
        FastSearchPortfolio.Outcome once = together(shareWork);
        assertThat(once.hard()).isZero();
        for (int run = 0; run < 5; run++) {
            FastSearchPortfolio.Outcome again = together(shareWork);
            assertThat(again.starts()).isEqualTo(once.starts());
            assertThat(again.moves()).isEqualTo(once.moves());
        }
    }

    /** Moves after which the search with seed 2 still has 2 or more violations left and has weighted some. */
    private static final long MOVES_BEHIND = 30;

    /** A search with this seed on its own copy of the problem, after {@code moves} moves (0: the construction only). */
    private static FastFeasibilitySearch after(long seed, long moves) {
        CompiledProblem compiled = problem();
        FastFeasibilitySearch search = new FastFeasibilitySearch(compiled.solution(), compiled.problem().week().dayCount(),
                compiled.problem().week().periodsPerDay(), seed);
        search.stretch(deadline(), moves, new AtomicLong(Long.MAX_VALUE), Long.MAX_VALUE);
        return search;
    }

    @Test
    void aSearchFarBehindGoesOnFromTheLeadersBest() {
        FastFeasibilitySearch leader = after(1, Long.MAX_VALUE);
        assertThat(leader.bestHard()).isZero();
        FastFeasibilitySearch behind = after(2, MOVES_BEHIND);
        assertThat(behind.bestHard()).as("2 or more must be left for the test to tell").isGreaterThanOrEqualTo(2);
        assertThat(behind.weighted()).as("some weight must have grown for the test to tell").isTrue();

        FastSearchPortfolio.share(List.of(behind, leader));

        assertThat(behind.starts()).isEqualTo(leader.bestStarts());
        assertThat(behind.bestHard()).isZero();
        assertThat(behind.hardViolations()).isZero();
        assertThat(behind.weighted()).as("weights start afresh").isFalse();
        assertThat(behind.recountWeighted()).isEqualTo(behind.weightedViolations());
    }

    @Test
    void searchesCloseToTheLeaderKeepTheirOwnWay() {
        FastFeasibilitySearch one = after(1, 0);
        FastFeasibilitySearch other = after(2, 0);
        FastFeasibilitySearch ahead = other.bestHard() <= one.bestHard() ? other : one;
        FastFeasibilitySearch behind = ahead == other ? one : other;
        assertThat(behind.bestHard()).as("the constructions must be close for the test to tell")
                .isLessThan(2 * ahead.bestHard() + 2);
        int[] own = behind.starts();

        FastSearchPortfolio.share(List.of(ahead, behind));

        assertThat(behind.starts()).isEqualTo(own);
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

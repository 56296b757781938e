package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.engine.testing.TimefoldScores.SCORE;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.preau.engine.generate.SchoolGenerator;
import org.preau.engine.io.fet.FetImporter;
import org.preau.engine.model.Constraint.MinDaysBetween;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.Weight;
import org.preau.engine.testing.FetExamples;
import org.preau.engine.testing.RichProblems;

/** The int-array hard phase: exact counts (as Timefold's), allowed starts only, determinism, feasibility. */
class FastFeasibilitySearchTest {

    static Stream<Arguments> problems() {
        return Stream.of(
                Arguments.of("every constraint type, hard", RichProblems.everyConstraintType(true)),
                Arguments.of("generated collège", SchoolGenerator.generate(SchoolGenerator.Kind.COLLEGE, 110, 3)),
                Arguments.of("generated lycée", SchoolGenerator.generate(SchoolGenerator.Kind.LYCEE, 200, 3)),
                Arguments.of("FET example Brazil", FetImporter.read(FetExamples.file("FET-5-official/Brazil/1/Brazil.fet")).problem()));
    }

    private static FastFeasibilitySearch search(CompiledProblem compiled, long seed) {
        return new FastFeasibilitySearch(compiled.solution(), compiled.problem().week().dayCount(),
                compiled.problem().week().periodsPerDay(), seed);
    }

    /** Timefold's hard score without rooms (the fast phase counts pools of rooms instead, see roomViolations). */
    private static long timefoldHardCovered(TimetableSolution solution) {
        TimetableSolution withoutRooms = new TimetableSolution(solution.blocks(), java.util.List.of(),
                solution.getResourceRules(), solution.getSetRuleMembers(), solution.getEndsDayRules());
        return -SCORE.update(withoutRooms).hardScore();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void countsHardViolationsAsTimefoldDoes(String name, TimetableProblem problem) {
        Random random = new Random(name.hashCode());
        for (int round = 0; round < 6; round++) {
            CompiledProblem compiled = ProblemCompiler.compile(problem);
            TimetableSolution solution = compiled.solution();
            int[] starts = new int[solution.blocks().size()];
            for (LessonBlock block : solution.blocks()) {
                var allowed = block.getAllowedStarts();
                StartSlot start = allowed.get(random.nextInt(allowed.size()));
                block.setStart(start);
                starts[block.index()] = start.index();
            }
            FastFeasibilitySearch search = search(compiled, 1);
            search.assign(starts);
            assertThat((long) search.hardViolations() - search.roomViolations()).as("%s round %d", name, round)
                    .isEqualTo(timefoldHardCovered(solution));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void searchKeepsAllowedStartsAndItsCountIsTimefolds(String name, TimetableProblem problem) {
        CompiledProblem compiled = ProblemCompiler.compile(problem);
        FastFeasibilitySearch search = search(compiled, 7);
        int hard = search.solve(System.nanoTime() + Duration.ofSeconds(20).toNanos(), 30_000);
        int[] starts = search.starts();
        for (LessonBlock block : compiled.solution().blocks()) {
            int s = starts[block.index()];
            assertThat(block.getAllowedStarts().stream().anyMatch(a -> a.index() == s)).as("block %d start %d", block.index(), s).isTrue();
            block.setStart(compiled.slots().get(s));
        }
        assertThat((long) hard - search.roomViolations()).isEqualTo(timefoldHardCovered(compiled.solution()));
        assertThat(search.weightedViolations()).as("incremental weighted total").isEqualTo(search.recountWeighted());
    }

    @Test
    void weightsGrowOnStuckViolationsAndTheWeightedTotalStaysExact() {
        TimetableProblem problem = FetImporter.read(FetExamples.file("FET-5-official/Brazil/1/Brazil.fet")).problem();
        FastFeasibilitySearch search = search(ProblemCompiler.compile(problem), 3);
        search.solve(System.nanoTime() + Duration.ofSeconds(20).toNanos(), 400);
        assertThat(search.weighted()).as("some weight grew").isTrue();
        assertThat(search.weightedViolations()).isEqualTo(search.recountWeighted());
        assertThat(search.weightedViolations()).isGreaterThanOrEqualTo(search.hardViolations());
    }

    @Test
    void amongStartsEquallyGoodForTheHardRulesTheSoftRulesChoose() {
        for (long seed = 1; seed <= 10; seed++) {
            Scenario s = new Scenario();
            List<String> maths = List.of("m0", "m1", "m2", "m3");
            maths.forEach(id -> s.lesson(id, "T1", "G1", 1));
            s.rule(new MinDaysBetween(maths, 1, false, Weight.soft(95)));
            FastFeasibilitySearch search = search(s.compiled(), seed);
            assertThat(search.solve(Long.MAX_VALUE, 1_000)).isZero();
            int[] starts = search.starts();
            assertThat(maths.stream().mapToInt(id -> starts[s.blockOf(id).index()] / 6).distinct().count())
                    .as("seed %d: one maths lesson a day, as the soft rule asks", seed).isEqualTo(4);
        }
    }

    @Test
    void sameSeedSameResult() {
        TimetableProblem problem = SchoolGenerator.generate(SchoolGenerator.Kind.COLLEGE, 110, 3);
        long far = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        FastFeasibilitySearch first = search(ProblemCompiler.compile(problem), 42);
        FastFeasibilitySearch second = search(ProblemCompiler.compile(problem), 42);
        first.solve(far, 5_000);
        second.solve(far, 5_000);
        assertThat(second.starts()).isEqualTo(first.starts());
        assertThat(second.hardViolations()).isEqualTo(first.hardViolations());
    }

    @Test
    void reachesFeasibilityOnSmallProblems() {
        for (TimetableProblem problem : new TimetableProblem[] {
                SchoolGenerator.generate(SchoolGenerator.Kind.COLLEGE, 110, 3),
                RichProblems.everyConstraintType(false)}) {
            CompiledProblem compiled = ProblemCompiler.compile(problem);
            FastFeasibilitySearch search = search(compiled, 1);
            assertThat(search.solve(System.nanoTime() + Duration.ofSeconds(60).toNanos(), Long.MAX_VALUE))
                    .as(problem.name()).isZero();
        }
    }
}

package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.preau.engine.model.Constraint.Ordered;
import org.preau.engine.model.Constraint.PreferredStarts;
import org.preau.engine.model.Slot;
import org.preau.engine.model.TimetableProblem;
import org.preau.engine.model.Weight;

/** The fast phase's Kempe step: a block and the blocks in its way trade places. */
class KempeSwapTest {

    /** Class G1 has "a" and "b", both allowed only in the first two periods of Monday, "a" before "b". */
    private static Scenario twoLessonsInTheWrongOrder() {
        return new Scenario()
                .lesson("a", "T1", "G1", 1)
                .lesson("b", "T2", "G1", 1)
                .rule(new PreferredStarts(List.of("a", "b"), Set.of(new Slot(0, 0), new Slot(0, 1)), Weight.HARD))
                .rule(new Ordered("a", "b", Weight.HARD));
    }

    private static FastFeasibilitySearch searchAt(Scenario s, int a, int b) {
        CompiledProblem compiled = s.compiled();
        FastFeasibilitySearch search = new FastFeasibilitySearch(compiled.solution(), 5, 6, 1);
        int[] starts = new int[2];
        starts[s.blockOf("a").index()] = a;
        starts[s.blockOf("b").index()] = b;
        search.assign(starts);
        return search;
    }

    @Test
    void noSingleMoveRepairsLessonsInTheWrongOrderButSwappingThemDoes() {
        Scenario s = twoLessonsInTheWrongOrder();
        assertThat(searchAt(s, 1, 0).hardViolations()).isEqualTo(1);
        assertThat(searchAt(s, 0, 0).hardViolations()).as("a moved onto b").isPositive();
        assertThat(searchAt(s, 1, 1).hardViolations()).as("b moved onto a").isPositive();

        FastFeasibilitySearch search = searchAt(s, 1, 0);
        int a = s.blockOf("a").index();
        int b = s.blockOf("b").index();
        KempeSwap swap = new KempeSwap(search, s.solution().blocks(), 30, 6);
        search.placeAt(a, -1);
        swap.prepare(a);
        assertThat(swap.cost(a, 1, 0)).isZero();
        assertThat(search.startOf(b)).as("evaluating leaves the search as it was").isZero();

        assertThat(swap.apply(a, 1, 0)).isEqualTo(1);
        assertThat(swap.displaced(0)).isEqualTo(b);
        assertThat(search.startOf(a)).isZero();
        assertThat(search.startOf(b)).isEqualTo(1);
        assertThat(search.hardViolations()).isZero();
    }

    @Test
    void aBlockThatMayNotGoToTheFreedStartIsNotDisplaced() {
        Scenario s = new Scenario()
                .lesson("a", "T1", "G1", 1)
                .lesson("b", "T2", "G1", 1)
                .rule(new PreferredStarts(List.of("a"), Set.of(new Slot(0, 0), new Slot(0, 1)), Weight.HARD))
                .rule(new PreferredStarts(List.of("b"), Set.of(new Slot(0, 0)), Weight.HARD));
        FastFeasibilitySearch search = searchAt(s, 1, 0);
        int a = s.blockOf("a").index();
        KempeSwap swap = new KempeSwap(search, s.solution().blocks(), 30, 6);
        search.placeAt(a, -1);
        swap.prepare(a);
        assertThat(swap.cost(a, 1, 0)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aBlockIsNotDisplacedToAStartRuledOutForTheFastPhase() {
        Scenario s = twoLessonsInTheWrongOrder();
        int a = s.blockOf("a").index();
        int b = s.blockOf("b").index();
        boolean[] ruledOut = new boolean[30];
        ruledOut[1] = true;
        s.solution().blocks().get(b).ruleOut(ruledOut);
        FastFeasibilitySearch search = searchAt(s, 1, 0);
        KempeSwap swap = new KempeSwap(search, s.solution().blocks(), 30, 6);
        search.placeAt(a, -1);
        swap.prepare(a);
        assertThat(swap.cost(a, 1, 0)).as("b may not take a's start 1").isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void theFastPhaseSolvesTheWrongOrder() {
        Scenario s = twoLessonsInTheWrongOrder();
        FastFeasibilitySearch search = searchAt(s, 1, 0);
        assertThat(search.solve(Long.MAX_VALUE, 10_000)).isZero();
    }

    /**
     * The bound that lets the search skip a swap without doing it: on states the search reached (weights grown,
     * clashes left), a swap is skipped only when it adds more than the limit, and some are skipped.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.preau.engine.solve.FastFeasibilitySearchTest#problems")
    void aSwapIsSkippedOnlyWhenItSurelyAddsMoreThanTheLimit(String name, TimetableProblem problem) {
        CompiledProblem compiled = ProblemCompiler.compile(problem);
        int days = compiled.problem().week().dayCount();
        int periods = compiled.problem().week().periodsPerDay();
        FastFeasibilitySearch search = new FastFeasibilitySearch(compiled.solution(), days, periods, 5);
        search.solve(Long.MAX_VALUE, 300);
        KempeSwap swap = new KempeSwap(search, compiled.solution().blocks(), days * periods, periods);
        Random random = new Random(11);
        int tried = 0;
        int skipped = 0;
        for (int round = 0; round < 3000; round++) {
            int b = random.nextInt(compiled.solution().blocks().size());
            int from = search.startOf(b);
            int[] allowed = search.allowedStarts(b);
            int t = allowed[random.nextInt(allowed.length)];
            if (from < 0 || t == from) {
                continue;
            }
            search.placeAt(b, -1);
            swap.prepare(b);
            long exact = swap.cost(b, from, t);
            if (exact != Long.MAX_VALUE) {
                long change = exact - search.weightedViolations();
                tried++;
                assertThat(swap.cost(b, from, t, change)).as("%s: block %d to %d", name, b, t).isEqualTo(exact);
                skipped += swap.cost(b, from, t, Math.min(0, change - 1)) == Long.MAX_VALUE ? 1 : 0;
            }
            search.placeAt(b, from);
        }
        assertThat(tried).as("swaps tried").isPositive();
        if (problem.lessons().size() > 100) { // a handful of lessons leaves no swap that clashes where it lands
            assertThat(skipped).as("swaps the bound skips").isPositive();
        }
    }
}

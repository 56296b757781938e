package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Constraint.MinDaysBetween;
import org.preau.engine.model.Constraint.Unavailable;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Weight;

class HeavyMinDaysPassTest {

    private static final int PERIODS = 6;

    private static FastFeasibilitySearch search(Scenario s, boolean promoting) {
        return new FastFeasibilitySearch(s.solution(), 5, PERIODS, 1, FastFeasibilitySearch.Style.DEFAULT, promoting);
    }

    /** Two lessons of G1 on day 0, periods 0 and 1, under a soft rule of {@code weight} wanting 2 days between. */
    private static Scenario sameDay(int weight) {
        return new Scenario().lesson("a", "T1", "G1", 1).lesson("b", "T2", "G1", 1)
                .rule(new MinDaysBetween(List.of("a", "b"), 2, false, Weight.soft(weight)));
    }

    private static void sameDay(FastFeasibilitySearch search) {
        search.assign(new int[] {0, 1});
    }

    @Test
    void aPromotingSearchCountsABrokenHeavyRuleButIsDoneWithoutHardViolations() {
        FastFeasibilitySearch promoting = search(sameDay(95), true);
        sameDay(promoting);
        assertThat(promoting.hardViolations()).isPositive();
        assertThat(promoting.realHard()).isZero();

        FastFeasibilitySearch plain = search(sameDay(95), false);
        sameDay(plain);
        assertThat(plain.hardViolations()).isZero();
    }

    /**
     * G1 may only have lessons on days 0 and 1, so that no timetable keeps a and b two days apart: a promoting search
     * reaches zero hard violations all the same, giving the rule up, whatever a hard violation weighs against it
     * (the first try's weight, and the second try's).
     */
    @Test
    void aPromotingSearchGivesUpAHeavyRuleTheHardRulesForbidWhateverAHardViolationWeighs() {
        Set<Slot> closed = new HashSet<>();
        for (int day = 2; day < 5; day++) {
            for (int period = 0; period < PERIODS; period++) {
                closed.add(new Slot(day, period));
            }
        }
        for (int weight : new int[] {FastFeasibilitySearch.PROMOTED_HARD_WEIGHT, HeavyMinDaysPass.SECOND_TRY_HARD_WEIGHT}) {
            Scenario s = sameDay(95).rule(new Unavailable(ResourceRef.students("G1"), closed, Weight.HARD));
            FastFeasibilitySearch promoting = search(s, true);
            promoting.weighHard(weight);

            assertThat(promoting.solve(System.nanoTime() + 5_000_000_000L, 100_000)).as("weight %d", weight).isZero();
            assertThat(java.util.Arrays.stream(promoting.starts()).boxed().toList())
                    .allMatch(start -> start >= 0 && start / PERIODS < 2);
        }
    }

    @Test
    void everyOtherTimefoldSearchStartsFromThePasssTimetableTheFirstIncluded() {
        assertThat(IntStream.range(0, 4).mapToObj(HeavyMinDaysPass::startsSearch).toList())
                .containsExactly(true, false, true, false);
    }

    @Test
    void rulesBelow95PercentAreNotPromoted() {
        FastFeasibilitySearch promoting = search(sameDay(90), true);
        sameDay(promoting);
        assertThat(promoting.hardViolations()).isZero();
        assertThat(FastFeasibilitySearch.hasPromotableRules(sameDay(90).solution())).isFalse();
        assertThat(FastFeasibilitySearch.hasPromotableRules(sameDay(95).solution())).isTrue();
    }

    /**
     * G1's and G2's weeks are full, and so are T1's and T2's: each group has six subjects of five lessons, each
     * subject wanting its lessons on five different days (95 %). Such a week exists (each subject once a day, the
     * teachers alternating); the pass must find one, without a clash. (A plain fast search finds one here too,
     * helped by {@link SoftGuide}: the counting itself is the first test's.)
     */
    @Test
    void thePassFindsFullWeeksKeepingEveryHeavyRule() {
        Scenario s = new Scenario();
        List<List<String>> subjects = new ArrayList<>();
        for (String group : List.of("G1", "G2")) {
            for (int k = 0; k < 6; k++) {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    String id = group + "s" + k + "-" + i;
                    s.lesson(id, (k % 2 == 0) == group.equals("G1") ? "T1" : "T2", group, 1);
                    ids.add(id);
                }
                s.rule(new MinDaysBetween(ids, 1, false, Weight.soft(95)));
                subjects.add(ids);
            }
        }
        CompiledProblem compiled = s.compiled();
        int[] starts = HeavyMinDaysPass.run(compiled, 3, System.nanoTime() + 20_000_000_000L);

        assertThat(starts).isNotNull();
        for (String group : List.of("G1", "G2")) {
            assertThat(subjects.stream().flatMap(List::stream).filter(id -> id.startsWith(group))
                    .map(id -> starts[s.blockOf(id).index()]).distinct()).as(group).hasSize(30);
        }
        for (List<String> ids : subjects) {
            Set<Integer> days = new HashSet<>();
            for (String id : ids) {
                days.add(starts[s.blockOf(id).index()] / PERIODS);
            }
            assertThat(days).as("days of %s", ids.getFirst()).hasSize(5);
        }
    }
}

package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Constraint.MaxGapsPerDay;
import org.preau.engine.model.Constraint.PreferredStarts;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Weight;

/** The fast phase's two-day rebuild: several blocks move at once, or none does. */
class TwoDayRebuildTest {

    private static final int PERIODS = 6;

    /**
     * Class G1 has "a" and "b" at Monday 1st (a clash; "b" may not move), "c" at Monday 2nd and "d" at Tuesday 1st.
     * Only "a" to Monday 2nd, "c" to Tuesday 1st and "d" to Tuesday 2nd together remove the clash: each of these
     * moves alone lands on the next lesson, and a Kempe swap would send that lesson where it may not go.
     */
    private static Scenario chainOfThree(Slot... dAllowed) {
        return lessonsOfG1("a", "b", "c", "d")
                .rule(onlyAt("a", new Slot(0, 0), new Slot(0, 1)))
                .rule(onlyAt("b", new Slot(0, 0)))
                .rule(onlyAt("c", new Slot(0, 1), new Slot(1, 0)))
                .rule(onlyAt("d", dAllowed));
    }

    /** One-period lessons of class G1, without a teacher. */
    private static Scenario lessonsOfG1(String... names) {
        Scenario scenario = new Scenario();
        for (String name : names) {
            scenario.lesson(name, "", "G1", 1);
        }
        return scenario;
    }

    /** The lesson may start only at these slots (a hard rule). */
    private static PreferredStarts onlyAt(String lesson, Slot... slots) {
        return new PreferredStarts(List.of(lesson), Set.of(slots), Weight.HARD);
    }

    private static TwoDayRebuild rebuildOf(Scenario s, FastFeasibilitySearch search) {
        return new TwoDayRebuild(search, s.solution().blocks(), 5 * PERIODS, PERIODS, 3);
    }

    private static FastFeasibilitySearch searchAtTheClash(Scenario s) {
        FastFeasibilitySearch search = new FastFeasibilitySearch(s.compiled().solution(), 5, PERIODS, 1);
        int[] starts = new int[4];
        starts[s.blockOf("a").index()] = 0;
        starts[s.blockOf("b").index()] = 0;
        starts[s.blockOf("c").index()] = 1;
        starts[s.blockOf("d").index()] = PERIODS;
        search.assign(starts);
        return search;
    }

    @Test
    void movesThreeLessonsAtOnceToRemoveAClash() {
        Scenario s = chainOfThree(new Slot(1, 0), new Slot(1, 1));
        FastFeasibilitySearch search = searchAtTheClash(s);
        assertThat(search.hardViolations()).isEqualTo(1);
        TwoDayRebuild rebuild = rebuildOf(s, search);

        // two days to choose from: the other day is Tuesday
        assertThat(rebuild.apply(s.blockOf("a").index(), 0, 2)).isTrue();

        assertThat(search.hardViolations()).isZero();
        assertThat(search.startOf(s.blockOf("a").index())).isEqualTo(1);
        assertThat(search.startOf(s.blockOf("b").index())).as("pinned").isZero();
        assertThat(search.startOf(s.blockOf("c").index())).isEqualTo(PERIODS);
        assertThat(search.startOf(s.blockOf("d").index())).isEqualTo(PERIODS + 1);
        assertThat(rebuild.size()).as("a, c and d; b may not move").isEqualTo(3);
    }

    @Test
    void whenNoArrangementReachesTheTargetEveryLessonGoesBack() {
        Scenario s = chainOfThree(new Slot(1, 0)); // d may not leave Tuesday 1st: the clash cannot go
        FastFeasibilitySearch search = searchAtTheClash(s);
        int[] before = search.starts();
        long weightedBefore = search.weightedViolations();
        TwoDayRebuild rebuild = rebuildOf(s, search);

        assertThat(rebuild.apply(s.blockOf("a").index(), 0, 2)).isFalse();

        assertThat(search.starts()).containsExactly(before);
        assertThat(search.hardViolations()).isEqualTo(1);
        assertThat(search.weightedViolations()).isEqualTo(weightedBefore).isEqualTo(search.recountWeighted());
    }

    @Test
    void aTargetAsHighAsTheCountNowIsMetWithoutChangingIt() {
        Scenario s = chainOfThree(new Slot(1, 0));
        FastFeasibilitySearch search = searchAtTheClash(s);
        TwoDayRebuild rebuild = rebuildOf(s, search);

        assertThat(rebuild.apply(s.blockOf("a").index(), 1, 2)).isTrue();

        assertThat(search.hardViolations()).isEqualTo(1);
        assertThat(search.weightedViolations()).isEqualTo(search.recountWeighted());
    }

    @Test
    void aRuleBrokenOnTheWayIsJudgedOnlyOnceEveryLessonIsBack() {
        // G1 may have no gap. "a" clashes with the pinned "b" at Monday 1st and may go to Monday 3rd, which leaves a
        // gap at Monday 2nd until "c" comes from Tuesday to fill it: "a" goes back first (it is the block in
        // conflict), so a search refusing any step that breaks a rule would stop there
        Scenario s = lessonsOfG1("a", "b", "c")
                .rule(onlyAt("a", new Slot(0, 0), new Slot(0, 2)))
                .rule(onlyAt("b", new Slot(0, 0)))
                .rule(onlyAt("c", new Slot(0, 1), new Slot(1, 0)))
                .rule(new MaxGapsPerDay(ResourceRef.students("G1"), 0, Weight.HARD));
        FastFeasibilitySearch search = new FastFeasibilitySearch(s.compiled().solution(), 5, PERIODS, 1);
        int[] starts = new int[3];
        starts[s.blockOf("c").index()] = PERIODS;
        search.assign(starts);
        assertThat(search.hardViolations()).isEqualTo(1);
        TwoDayRebuild rebuild = rebuildOf(s, search);

        assertThat(rebuild.apply(s.blockOf("a").index(), 0, 2)).isTrue();

        assertThat(search.hardViolations()).isZero();
        assertThat(search.startOf(s.blockOf("a").index())).isEqualTo(2);
        assertThat(search.startOf(s.blockOf("c").index())).isEqualTo(1);
    }
}

package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Constraint.MinDaysBetween;
import org.preau.engine.model.Constraint.PreferredStarts;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Weight;

/** The fast phase's ejection move: a block takes a start and every block in its way finds another one. */
class EjectionChainTest {

    private static final int DAYS = 5;
    private static final int PERIODS = 6;

    private static FastFeasibilitySearch searchAt(Scenario s, String[] lessons, int[] slots) {
        CompiledProblem compiled = s.compiled();
        FastFeasibilitySearch search = new FastFeasibilitySearch(compiled.solution(), DAYS, PERIODS, 1);
        int[] starts = new int[lessons.length];
        for (int i = 0; i < lessons.length; i++) {
            starts[s.blockOf(lessons[i]).index()] = slots[i];
        }
        search.assign(starts);
        return search;
    }

    private static List<Integer> pushed(EjectionChain chain, int count) {
        List<Integer> pushed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pushed.add(chain.pushed(i));
        }
        return pushed;
    }

    /**
     * "big" (teacher T1, class G1) may start only at Monday's first two periods; at the first sit "x" (T1, G2) and
     * "y" (T2, G1), at the second "z" (T1, G2) and "w" (T2, G1). Wherever it goes, two blocks are in its way, and
     * a Kempe swap would only trade them for the two others.
     */
    @Test
    void theBlocksInTheWayGoElsewhereHoweverMany() {
        Scenario s = new Scenario()
                .lesson("big", "T1", "G1", 1)
                .lesson("x", "T1", "G2", 1)
                .lesson("y", "T2", "G1", 1)
                .lesson("z", "T1", "G2", 1)
                .lesson("w", "T2", "G1", 1)
                .rule(new PreferredStarts(List.of("big"), Set.of(new Slot(0, 0), new Slot(0, 1)), Weight.HARD));
        String[] lessons = {"big", "x", "y", "z", "w"};
        FastFeasibilitySearch search = searchAt(s, lessons, new int[] {1, 0, 0, 1, 1});
        assertThat(search.hardViolations()).isEqualTo(2);
        int big = s.blockOf("big").index();

        EjectionChain chain = new EjectionChain(search, s.solution().blocks(), DAYS * PERIODS, PERIODS, 1);
        int count = chain.apply(big);

        assertThat(search.startOf(big)).as("the start it came from is tabu").isZero();
        assertThat(pushed(chain, count)).containsExactlyInAnyOrder(s.blockOf("x").index(), s.blockOf("y").index());
        assertThat(search.startOf(s.blockOf("x").index())).isPositive();
        assertThat(search.startOf(s.blockOf("y").index())).isPositive();
        assertThat(search.hardViolations()).isZero();
    }

    /** "a" may only be on Monday and must be a day away from "b", which is on Monday too: "b" is pushed out. */
    @Test
    void aLessonUnderAMinDaysRulesDistanceIsInTheWay() {
        Scenario s = new Scenario()
                .lesson("a", "T1", "G1", 1)
                .lesson("b", "T1", "G1", 1)
                .rule(new PreferredStarts(List.of("a"), Set.of(new Slot(0, 0), new Slot(0, 1)), Weight.HARD))
                .rule(new MinDaysBetween(List.of("a", "b"), 1, false, Weight.HARD));
        FastFeasibilitySearch search = searchAt(s, new String[] {"a", "b"}, new int[] {0, 3});
        assertThat(search.hardViolations()).isEqualTo(1);
        int a = s.blockOf("a").index();
        int b = s.blockOf("b").index();

        EjectionChain chain = new EjectionChain(search, s.solution().blocks(), DAYS * PERIODS, PERIODS, 1);
        int count = chain.apply(a);

        assertThat(pushed(chain, count)).containsExactly(b);
        assertThat(search.startOf(a) / PERIODS).isZero();
        assertThat(search.startOf(b) / PERIODS).as("b's day").isNotZero();
        assertThat(search.hardViolations()).isZero();
    }
}

package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Constraint.Unavailable;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Weight;

class DaySwapChainMovesTest {

    /**
     * A full week's first period on days 0 and 1: T1 teaches G1 then G2, T2 teaches G2 then G1. Moving G1's
     * lesson with T1 to day 1 bumps into both of day 1's lessons, which bump into T2's lesson of day 0: the chain
     * takes all four, where one swap step would leave T2 double-booked.
     */
    private static Scenario fourLessonsOnTwoDays() {
        return new Scenario()
                .lesson("t1-g1", "T1", "G1", 1).lesson("t2-g2", "T2", "G2", 1)
                .lesson("t2-g1", "T2", "G1", 1).lesson("t1-g2", "T1", "G2", 1);
    }

    private static void place(Scenario s) {
        s.at("t1-g1", 0, 0).at("t2-g2", 0, 0).at("t2-g1", 1, 0).at("t1-g2", 1, 0);
    }

    @Test
    void theChainSwapsEveryLessonLinkedToTheMovedOneBetweenTheTwoDays() {
        Scenario s = fourLessonsOnTwoDays();
        place(s);
        LessonBlock moved = s.blockOf("t1-g1");
        Map<LessonBlock, StartSlot> chain = DaySwapChainMoves.chain(s.solution().blocks(), moved, s.blockOf("t2-g1").getStart());
        assertThat(chain).containsOnlyKeys(moved, s.blockOf("t2-g2"), s.blockOf("t2-g1"), s.blockOf("t1-g2"));
        assertThat(chain.keySet().iterator().next()).isEqualTo(moved);
        assertThat(chain.get(s.blockOf("t2-g2"))).isEqualTo(s.blockOf("t2-g1").getStart());
        assertThat(chain.get(s.blockOf("t2-g1"))).isEqualTo(moved.getStart());
        assertThat(chain.get(s.blockOf("t1-g2"))).isEqualTo(moved.getStart());
    }

    @Test
    void noChainWhenAMemberCannotGoWhereItIsSent() {
        Scenario s = fourLessonsOnTwoDays().rule(new Unavailable(ResourceRef.teacher("T2"), Set.of(new Slot(1, 0)), Weight.HARD));
        place(s);
        assertThat(DaySwapChainMoves.chain(s.solution().blocks(), s.blockOf("t1-g1"), s.blockOf("t1-g2").getStart())).isNull();
    }
}

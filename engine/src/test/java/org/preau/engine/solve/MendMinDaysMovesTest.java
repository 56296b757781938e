package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Constraint.MinDaysBetween;
import org.preau.engine.model.Weight;

class MendMinDaysMovesTest {

    /** Two lessons of G1 with T1 that should be 2 days apart (soft), and one of G2 with T2. */
    private static Scenario split(Weight weight) {
        return new Scenario()
                .lesson("a", "T1", "G1", 1).lesson("b", "T1", "G1", 1).lesson("other", "T2", "G2", 1)
                .rule(new MinDaysBetween(List.of("a", "b"), 2, false, weight));
    }

    private static List<SwapWithClashesMove> draw(Scenario s, int count) {
        MendMinDaysMoves moves = new MendMinDaysMoves();
        moves.prepare(s.solution());
        Random random = new Random(7);
        List<SwapWithClashesMove> drawn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SwapWithClashesMove move = moves.tryOne(s.solution().blocks(), null, random);
            if (move != null) {
                drawn.add(move);
            }
        }
        return drawn;
    }

    @Test
    void aBrokenRuleGetsMovesSendingOneMemberFarEnoughFromTheOther() {
        Scenario s = split(Weight.soft(95)).at("a", 0, 0).at("b", 0, 1).at("other", 3, 0);
        List<SwapWithClashesMove> moves = draw(s, 200);
        assertThat(moves).isNotEmpty();
        LessonBlock a = s.blockOf("a");
        LessonBlock b = s.blockOf("b");
        for (SwapWithClashesMove move : moves) {
            assertThat(move.block()).isIn(a, b);
            assertThat(move.to().day()).isGreaterThanOrEqualTo(2);
        }
        // either member may be the one sent away
        assertThat(moves).extracting(SwapWithClashesMove::block).contains(a, b);
    }

    @Test
    void aRuleThatHoldsGetsNoMove() {
        Scenario s = split(Weight.soft(95)).at("a", 0, 0).at("b", 2, 0).at("other", 3, 0);
        assertThat(draw(s, 200)).isEmpty();
    }

    @Test
    void onlySoftMinDaysRulesAreMended() {
        assertThat(MendMinDaysMoves.applies(split(Weight.soft(95)).at("a", 0, 0).at("b", 0, 1).at("other", 3, 0).solution()))
                .isTrue();
        assertThat(MendMinDaysMoves.applies(split(Weight.HARD).at("a", 0, 0).at("b", 0, 1).at("other", 3, 0).solution()))
                .isFalse();
    }
}

package org.preau.engine.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Constraint.Unavailable;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Slot;
import org.preau.engine.model.Weight;

class RotationMovesTest {

    /** G1's first period on days 0, 1 and 2; a double lesson of G1 and T1's lesson of G2. */
    private static Scenario weekOfG1() {
        return new Scenario()
                .lesson("a", "T1", "G1", 1).lesson("b", "T2", "G1", 1).lesson("c", "T2", "G1", 1)
                .lesson("double", "T2", "G1", 2).lesson("other-class", "T1", "G2", 1);
    }

    private static Scenario placed(Scenario s) {
        return s.at("a", 0, 0).at("b", 1, 0).at("c", 2, 0).at("double", 3, 0).at("other-class", 0, 1);
    }

    @Test
    void eachOfTheThreeLessonsTakesTheStartOfTheNext() {
        Scenario s = placed(weekOfG1());
        LessonBlock a = s.blockOf("a");
        LessonBlock b = s.blockOf("b");
        LessonBlock c = s.blockOf("c");
        SwapWithClashesMove move = RotationMoves.rotate(null, a, b, c);
        assertThat(move.block()).isEqualTo(a);
        assertThat(move.to()).isEqualTo(b.getStart());
        assertThat(move.displaced()).containsExactly(b, c);
        assertThat(move.displacedTo()).containsExactly(c.getStart(), a.getStart());
    }

    @Test
    void noRotationWhenALessonMayNotStartWhereItIsSent() {
        // T2 cannot teach on day 0, where c would go
        Scenario s = placed(weekOfG1().rule(new Unavailable(ResourceRef.teacher("T2"), Set.of(new Slot(0, 0)), Weight.HARD)));
        assertThat(RotationMoves.rotate(null, s.blockOf("a"), s.blockOf("b"), s.blockOf("c"))).isNull();
    }

    @Test
    void partnersAreLessonsOfTheSamePupilsAndTheSameLength() {
        Scenario s = placed(weekOfG1());
        List<LessonBlock> blocks = s.solution().blocks();
        LessonBlock a = s.blockOf("a");
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            LessonBlock partner = RotationMoves.partner(blocks, a, null, random);
            // the double lesson is G1's but longer; T1's lesson of G2 shares the teacher, not the pupils
            assertThat(partner).isIn(null, s.blockOf("b"), s.blockOf("c"));
            LessonBlock third = RotationMoves.partner(blocks, a, s.blockOf("b"), random);
            assertThat(third).isIn(null, s.blockOf("c"));
        }
        assertThat(RotationMoves.partner(blocks, a, s.blockOf("b"), new Random(1))).isNotNull();
    }
}

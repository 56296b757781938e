package org.preau.engine.solve;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Three lessons of the same pupils and the same length trade places in turn: a goes where b is, b where c is, c
 * where a was. The pupils' week keeps its shape (no gap opens, no day gets longer), so where pupils may have no gap
 * this moves lessons between days when a swap of two would break a teacher's day; the score judges the teachers.
 */
public final class RotationMoves extends RandomBlockMoves {

    /** Random draws of the two others among a block's neighbours before giving up on it. */
    private static final int PARTNER_TRIES = 8;

    @Override
    SwapWithClashesMove tryOne(List<LessonBlock> blocks,
            PlanningVariableMetaModel<TimetableSolution, LessonBlock, StartSlot> start, RandomGenerator random) {
        LessonBlock a = blocks.get(random.nextInt(blocks.size()));
        LessonBlock b = partner(blocks, a, null, random);
        LessonBlock c = b == null ? null : partner(blocks, a, b, random);
        return c == null ? null : rotate(start, a, b, c);
    }

    /** The rotation a → b's start, b → c's, c → a's; null when one of them may not start there. */
    static SwapWithClashesMove rotate(PlanningVariableMetaModel<TimetableSolution, LessonBlock, StartSlot> start,
            LessonBlock a, LessonBlock b, LessonBlock c) {
        StartSlot toA = b.getStart();
        StartSlot toB = c.getStart();
        StartSlot toC = a.getStart();
        if (!a.allows(toA) || !b.allows(toB) || !c.allows(toC)) {
            return null;
        }
        return new SwapWithClashesMove(start, a, toA, List.of(b, c), List.of(toB, toC));
    }

    /** A placed neighbour of {@code a} with some of its pupils, its length, and not {@code other}; null if none drawn. */
    static LessonBlock partner(List<LessonBlock> blocks, LessonBlock a, LessonBlock other, RandomGenerator random) {
        int[] neighbours = a.neighbours();
        if (neighbours.length == 0 || a.getStart() == null) {
            return null;
        }
        for (int t = 0; t < PARTNER_TRIES; t++) {
            LessonBlock n = blocks.get(neighbours[random.nextInt(neighbours.length)]);
            if (n != other && n.getStart() != null && n.span() == a.span() && a.sharesPupilsWith(n)) {
                return n;
            }
        }
        return null;
    }
}

package org.preau.engine.solve;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Random {@link SwapWithClashesMove}s for local search. */
public final class SwapWithClashesMoves extends RandomBlockMoves {

    @Override
    SwapWithClashesMove tryOne(List<LessonBlock> blocks,
            PlanningVariableMetaModel<TimetableSolution, LessonBlock, StartSlot> start, RandomGenerator random) {
        LessonBlock block = blocks.get(random.nextInt(blocks.size()));
        StartSlot from = block.getStart();
        List<StartSlot> starts = block.getAllowedStarts();
        if (from == null || starts.size() < 2) {
            return null;
        }
        StartSlot to = starts.get(random.nextInt(starts.size()));
        return to == from ? null : swap(blocks, start, block, to);
    }

    /**
     * Block (placed) to {@code to}, the blocks it would clash with there to where it leaves (same offset); null when
     * one of them is not allowed there.
     */
    static SwapWithClashesMove swap(List<LessonBlock> blocks,
            PlanningVariableMetaModel<TimetableSolution, LessonBlock, StartSlot> start, LessonBlock block, StartSlot to) {
        StartSlot from = block.getStart();
        List<LessonBlock> displaced = new ArrayList<>();
        List<StartSlot> displacedTo = new ArrayList<>();
        for (int n : block.neighbours()) {
            LessonBlock other = blocks.get(n);
            StartSlot at = other.getStart();
            if (at == null || at.day() != to.day() || at.period() >= to.period() + block.span()
                    || to.period() >= at.period() + other.span()) {
                continue;
            }
            int period = from.period() + at.period() - to.period();
            StartSlot target = slotAt(other, from.day(), period);
            if (target == null) {
                return null;
            }
            displaced.add(other);
            displacedTo.add(target);
        }
        return new SwapWithClashesMove(start, block, to, displaced, displacedTo);
    }

    /** The slot object of {@code other}'s value range at (day, period), or null if not allowed there. */
    private static StartSlot slotAt(LessonBlock other, int day, int period) {
        StartSlot slot = other.slotAt(day, period);
        return slot != null && other.allows(slot) ? slot : null;
    }
}

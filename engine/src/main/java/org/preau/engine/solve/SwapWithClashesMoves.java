package org.preau.engine.solve;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;

/** Random {@link SwapWithClashesMove}s for local search. */
public final class SwapWithClashesMoves implements MoveIteratorFactory<TimetableSolution, SwapWithClashesMove> {

    @Override
    public long getSize(ScoreDirector<TimetableSolution> scoreDirector) {
        List<LessonBlock> blocks = scoreDirector.getWorkingSolution().getBlocks();
        return blocks.isEmpty() ? 0 : (long) blocks.size() * blocks.getFirst().getAllowedStarts().size();
    }

    @Override
    public Iterator<SwapWithClashesMove> createOriginalMoveIterator(ScoreDirector<TimetableSolution> scoreDirector) {
        throw new UnsupportedOperationException("only random selection");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Iterator<SwapWithClashesMove> createRandomMoveIterator(ScoreDirector<TimetableSolution> scoreDirector,
            RandomGenerator random) {
        PlanningVariableMetaModel<TimetableSolution, LessonBlock, StartSlot> start =
                (PlanningVariableMetaModel<TimetableSolution, LessonBlock, StartSlot>) (Object) ((InnerScoreDirector<TimetableSolution, ?>) scoreDirector)
                        .getSolutionDescriptor().getMetaModel().entity(LessonBlock.class).variable("start");
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !scoreDirector.getWorkingSolution().getBlocks().isEmpty();
            }

            @Override
            public SwapWithClashesMove next() {
                List<LessonBlock> blocks = scoreDirector.getWorkingSolution().getBlocks();
                for (int tries = 0; tries < MAX_TRIES; tries++) {
                    SwapWithClashesMove move = tryOne(blocks, start, random);
                    if (move != null) {
                        return move;
                    }
                }
                // Nothing movable found (e.g. almost every block pinned): a move that changes nothing, so that the
                // solver gets control back and sees its time limit instead of this loop spinning past it.
                LessonBlock any = blocks.get(random.nextInt(blocks.size()));
                return new SwapWithClashesMove(start, any, any.getStart(), List.of(), List.of());
            }
        };
    }

    /** Random tries for a real move before giving the solver a no-op move back. */
    private static final int MAX_TRIES = 1_000;

    private static SwapWithClashesMove tryOne(List<LessonBlock> blocks,
            PlanningVariableMetaModel<TimetableSolution, LessonBlock, StartSlot> start, RandomGenerator random) {
        LessonBlock block = blocks.get(random.nextInt(blocks.size()));
        StartSlot from = block.getStart();
        List<StartSlot> starts = block.getAllowedStarts();
        if (from == null || starts.size() < 2) {
            return null;
        }
        StartSlot to = starts.get(random.nextInt(starts.size()));
        if (to == from) {
            return null;
        }
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

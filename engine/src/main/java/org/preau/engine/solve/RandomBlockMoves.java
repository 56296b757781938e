package org.preau.engine.solve;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;

/** Random compound moves of blocks for local search: subclasses say how to make one from a random draw. */
abstract class RandomBlockMoves implements MoveIteratorFactory<TimetableSolution, SwapWithClashesMove> {

    /** Random tries for a real move before giving the solver a no-op move back. */
    private static final int MAX_TRIES = 1_000;

    /** A move drawn with {@code random}, or null when this draw gives none. */
    abstract SwapWithClashesMove tryOne(List<LessonBlock> blocks,
            PlanningVariableMetaModel<TimetableSolution, LessonBlock, StartSlot> start, RandomGenerator random);

    /** Called before each iterator is made, with the working solution (to read its rules). */
    void prepare(TimetableSolution solution) {
    }

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
        prepare(scoreDirector.getWorkingSolution());
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
}

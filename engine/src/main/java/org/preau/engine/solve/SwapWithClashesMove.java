package org.preau.engine.solve;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import java.util.ArrayList;
import java.util.List;
import java.util.SequencedCollection;

/**
 * Moves a block to a new start and sends the blocks it would clash with there (same teacher or pupils) to
 * the place it leaves, keeping their offset: the swap a timetabler does by hand, and one step of a Kempe
 * chain. Keeps full timetables (every period of a class used) consistent where a plain change cannot.
 */
record SwapWithClashesMove(PlanningVariableMetaModel<TimetableSolution, LessonBlock, StartSlot> start,
        LessonBlock block, StartSlot to, List<LessonBlock> displaced, List<StartSlot> displacedTo)
        implements Move<TimetableSolution> {

    @Override
    public void execute(MutableSolutionView<TimetableSolution> view) {
        view.changeVariable(start, block, to);
        for (int i = 0; i < displaced.size(); i++) {
            view.changeVariable(start, displaced.get(i), displacedTo.get(i));
        }
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        List<Object> entities = new ArrayList<>(displaced);
        entities.addFirst(block);
        return entities;
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>(displacedTo);
        values.addFirst(to);
        return values;
    }

    @Override
    public String describe() {
        return "SwapWithClashesMove";
    }

    @Override
    public String toString() {
        return block + " -> " + to + ", " + displaced + " -> " + displacedTo;
    }
}

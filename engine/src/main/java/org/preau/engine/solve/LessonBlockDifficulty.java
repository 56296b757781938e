package org.preau.engine.solve;

import java.util.Comparator;

/**
 * Harder blocks first in the construction heuristic: least slack (possible starts minus the weekly load of
 * its busiest teacher or class — a full class has none), then more resources busy.
 */
public final class LessonBlockDifficulty implements Comparator<LessonBlock> {

    @Override
    public int compare(LessonBlock a, LessonBlock b) {
        return Comparator.<LessonBlock>comparingInt(x -> -x.slack())
                .thenComparingInt(x -> x.uses().size())
                .thenComparingInt(x -> -x.index())
                .compare(a, b);
    }
}

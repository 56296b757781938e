package org.preau.engine.solve;

import java.util.Comparator;

/** Harder blocks first in the construction heuristic: fewer possible starts, then more resources busy. */
public final class LessonBlockDifficulty implements Comparator<LessonBlock> {

    @Override
    public int compare(LessonBlock a, LessonBlock b) {
        return Comparator.<LessonBlock>comparingInt(x -> -x.getAllowedStarts().size())
                .thenComparingInt(x -> x.uses().size())
                .thenComparingInt(x -> -x.index())
                .compare(a, b);
    }
}

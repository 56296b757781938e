package org.preau.engine.solve;

import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;

/** Gathers the current starts of a set rule's members into a fresh {@link SetRulePlacement} after each change. */
final class SetRulePlacementCollector
        implements BiConstraintCollector<SetRuleMember, LessonBlock, SetRulePlacementCollector.Starts, SetRulePlacement> {

    static final class Starts {
        SetRule rule;
        int[] days;
        int[] periods;
    }

    @Override
    public Supplier<Starts> supplier() {
        return Starts::new;
    }

    @Override
    public ai.timefold.solver.core.api.function.TriFunction<Starts, SetRuleMember, LessonBlock, Runnable> accumulator() {
        return (starts, member, block) -> {
            if (starts.rule == null) {
                starts.rule = member.rule();
                starts.days = new int[member.rule().size()];
                starts.periods = new int[member.rule().size()];
                Arrays.fill(starts.days, -1);
                Arrays.fill(starts.periods, -1);
            }
            int i = member.position();
            if (!block.isPlaced()) {
                return () -> { };
            }
            starts.days[i] = block.day();
            starts.periods[i] = block.period();
            return () -> {
                starts.days[i] = -1;
                starts.periods[i] = -1;
            };
        };
    }

    @Override
    public Function<Starts, SetRulePlacement> finisher() {
        return starts -> new SetRulePlacement(starts.rule, starts.days.clone(), starts.periods.clone());
    }
}

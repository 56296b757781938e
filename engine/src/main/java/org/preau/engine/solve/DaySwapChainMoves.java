package org.preau.engine.solve;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Random full Kempe chains between two days: a block goes to a start on another day, the blocks sharing a teacher
 * or pupils with it there come back to its day (same period shift), the blocks those land on go over in turn, and
 * so on until nobody is left clashing. The teacher and pupil clashes stay as they were whatever the chain's length,
 * so whole alignments (a lycée's spécialités, its second languages) can change day, which a single swap
 * ({@link SwapWithClashesMoves}) cannot do when every class of the alignment is busy at the target. Measured
 * (60 s, seed 1, soft penalty in FET units, belize / collège / lycée): with the tabu search 28.4 / 107.0 / 70.3
 * without chains, 20.5 / 108.0 / 70.3 with them; with late acceptance 15.6 / 106.1 / 71.3 → 12.7 / 105.1 / 70.3.
 * Rooms are not part of the chain: a chain landing in a taken room breaks a hard rule and is not taken.
 */
public final class DaySwapChainMoves extends RandomBlockMoves {

    /** Longer chains are not tried (a guard, not tuned): a chain costs as much to score as it moves blocks. */
    private static final int MAX_CHAIN = 48;

    /** A chain from a random block to a random allowed start on another day, or null if it cannot be made. */
    @Override
    SwapWithClashesMove tryOne(List<LessonBlock> blocks,
            PlanningVariableMetaModel<TimetableSolution, LessonBlock, StartSlot> start, RandomGenerator random) {
        LessonBlock seed = blocks.get(random.nextInt(blocks.size()));
        List<StartSlot> starts = seed.getAllowedStarts();
        StartSlot to = starts.get(random.nextInt(starts.size()));
        if (seed.getStart() == null || to.day() == seed.getStart().day()) {
            return null;
        }
        return move(blocks, start, seed, to);
    }

    /** The chain moving placed block {@code seed} to {@code to} on another day, as a move; null if none. */
    static SwapWithClashesMove move(List<LessonBlock> blocks,
            PlanningVariableMetaModel<TimetableSolution, LessonBlock, StartSlot> start, LessonBlock seed, StartSlot to) {
        Map<LessonBlock, StartSlot> chain = chain(blocks, seed, to);
        if (chain == null) {
            return null;
        }
        List<LessonBlock> displaced = new ArrayList<>(chain.keySet()).subList(1, chain.size());
        return new SwapWithClashesMove(start, seed, to, displaced, displaced.stream().map(chain::get).toList());
    }

    /**
     * The chain moving {@code seed} to {@code to} (on another day), in the order found, {@code seed} first; null
     * when a member cannot go where the chain sends it (outside its allowed starts or the day) or when it grows
     * beyond {@link #MAX_CHAIN}.
     */
    static Map<LessonBlock, StartSlot> chain(List<LessonBlock> blocks, LessonBlock seed, StartSlot to) {
        StartSlot from = seed.getStart();
        int shift = to.period() - from.period();
        // every member goes to the other day, shifted alike; a member's target clashes only with neighbours
        // sitting there, which join the chain
        Map<LessonBlock, StartSlot> chain = new LinkedHashMap<>();
        List<LessonBlock> order = new ArrayList<>();
        chain.put(seed, to);
        order.add(seed);
        for (int i = 0; i < order.size(); i++) {
            LessonBlock member = order.get(i);
            StartSlot target = chain.get(member);
            for (int n : member.neighbours()) {
                LessonBlock other = blocks.get(n);
                StartSlot at = other.getStart();
                // the cheap tests first, as most neighbours are elsewhere: building chains took 20 % of hongkong's
                // soft search with the map look-up first, 12 % after (JFR, one search, 40 s)
                if (at == null || at.day() != target.day() || at.period() >= target.period() + member.span()
                        || target.period() >= at.period() + other.span() || chain.containsKey(other)) {
                    continue;
                }
                boolean leavesSeedDay = at.day() == from.day();
                StartSlot otherTarget = other.slotAt(leavesSeedDay ? to.day() : from.day(),
                        at.period() + (leavesSeedDay ? shift : -shift));
                if (otherTarget == null || !other.allows(otherTarget) || chain.size() == MAX_CHAIN) {
                    return null;
                }
                chain.put(other, otherTarget);
                order.add(other);
            }
        }
        return chain;
    }
}

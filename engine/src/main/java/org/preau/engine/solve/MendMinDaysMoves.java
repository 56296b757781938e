package org.preau.engine.solve;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Moves aimed at broken soft "min days between" rules, the most common soft rule of real files: a random such rule,
 * if two of its members are too close, sends one of them to a day far enough from the others, by a swap with the
 * blocks it would clash with there ({@link SwapWithClashesMoves#swap}) or a Kempe chain between the two days
 * ({@link DaySwapChainMoves#move}). The random moves find such a mend seldom where the timetable is tight (a lycée
 * whose classes fill their week: one mended rule a second).
 */
public final class MendMinDaysMoves extends RandomBlockMoves {

    /** Starts of the chosen member tried for one far enough from the other members. */
    private static final int TARGET_TRIES = 8;

    /** The soft min-days rules of the solution last prepared: member blocks, and the days they need between them. */
    private record Rules(List<SetRuleMember> source, int[][] blocks, int[] minDays) {
    }

    private Rules rules;

    @Override
    void prepare(TimetableSolution solution) {
        List<SetRuleMember> members = solution.getSetRuleMembers();
        if (rules != null && rules.source() == members) {
            return;
        }
        Map<SetRule, List<Integer>> byRule = softMinDaysRules(members);
        int[][] blocks = new int[byRule.size()][];
        int[] minDays = new int[byRule.size()];
        int r = 0;
        for (Map.Entry<SetRule, List<Integer>> entry : byRule.entrySet()) {
            blocks[r] = entry.getValue().stream().mapToInt(Integer::intValue).distinct().toArray();
            minDays[r] = entry.getKey().param();
            r++;
        }
        rules = new Rules(members, blocks, minDays);
    }

    /** The soft min-days rules (minimum distance above 0) with their members' blocks, in the order first met. */
    static Map<SetRule, List<Integer>> softMinDaysRules(List<SetRuleMember> members) {
        Map<SetRule, List<Integer>> byRule = new LinkedHashMap<>();
        for (SetRuleMember member : members) {
            if (isSoftMinDays(member.rule())) {
                byRule.computeIfAbsent(member.rule(), r -> new ArrayList<>()).add(member.block());
            }
        }
        return byRule;
    }

    /** Whether the solution has soft min-days rules to mend. */
    static boolean applies(TimetableSolution solution) {
        return solution.getSetRuleMembers().stream().anyMatch(m -> isSoftMinDays(m.rule()));
    }

    /** A soft "min days between" rule that asks for some distance (one of 0 days breaks nothing). */
    static boolean isSoftMinDays(SetRule rule) {
        return rule.level() == Level.SOFT && rule.kind() == SetRule.Kind.MIN_DAYS_BETWEEN && rule.param() > 0;
    }

    @Override
    SwapWithClashesMove tryOne(List<LessonBlock> blocks,
            PlanningVariableMetaModel<TimetableSolution, LessonBlock, StartSlot> start, RandomGenerator random) {
        if (rules.blocks().length == 0) {
            return null;
        }
        int r = random.nextInt(rules.blocks().length);
        int[] members = rules.blocks()[r];
        int minDays = rules.minDays()[r];
        LessonBlock moved = tooClose(blocks, members, minDays, random);
        if (moved == null) {
            return null;
        }
        List<StartSlot> starts = moved.getAllowedStarts();
        for (int t = 0; t < TARGET_TRIES; t++) {
            StartSlot to = starts.get(random.nextInt(starts.size()));
            if (farEnough(blocks, members, minDays, moved, to.day())) {
                return random.nextBoolean() ? SwapWithClashesMoves.swap(blocks, start, moved, to)
                        : DaySwapChainMoves.move(blocks, start, moved, to);
            }
        }
        return null;
    }

    /** One of two members (placed) nearer than {@code minDays}, picked at random; null if the rule holds. */
    private static LessonBlock tooClose(List<LessonBlock> blocks, int[] members, int minDays, RandomGenerator random) {
        for (int i = 0; i < members.length; i++) {
            StartSlot a = blocks.get(members[i]).getStart();
            for (int j = i + 1; a != null && j < members.length; j++) {
                StartSlot b = blocks.get(members[j]).getStart();
                if (b != null && Math.abs(a.day() - b.day()) < minDays) {
                    return blocks.get(members[random.nextBoolean() ? i : j]);
                }
            }
        }
        return null;
    }

    private static boolean farEnough(List<LessonBlock> blocks, int[] members, int minDays, LessonBlock moved, int day) {
        if (day == moved.getStart().day()) {
            return false;
        }
        for (int m : members) {
            LessonBlock other = blocks.get(m);
            if (other != moved && other.getStart() != null && Math.abs(other.getStart().day() - day) < minDays) {
                return false;
            }
        }
        return true;
    }
}

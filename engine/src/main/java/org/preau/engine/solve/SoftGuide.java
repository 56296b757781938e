package org.preau.engine.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The soft costs {@link FastFeasibilitySearch} breaks ties with, so that among starts equally good for the hard
 * rules a block takes the one the soft rules prefer: its soft time penalty there, and its soft "min days between"
 * rules (the most common soft rule of real files) counted against the members already placed. A guide, not a
 * score: Timefold's search scores the soft rules exactly afterwards.
 */
final class SoftGuide {

    private final List<LessonBlock> blocks;
    private final int periods;
    /** Per soft min-days rule: its member blocks, its minimum distance in days and its weight. */
    private final int[][] members;
    private final int[] minDays;
    private final long[] weight;
    /** Per block: the soft min-days rules it is a member of. */
    private final int[][] rulesOfBlock;

    SoftGuide(TimetableSolution solution, int periods) {
        this.blocks = solution.blocks();
        this.periods = periods;
        // a rule of 0 days costs nothing anywhere, so leaving those out changes no cost
        Map<SetRule, List<Integer>> byRule = MendMinDaysMoves.softMinDaysRules(solution.getSetRuleMembers());
        members = new int[byRule.size()][];
        minDays = new int[byRule.size()];
        weight = new long[byRule.size()];
        List<List<Integer>> perBlock = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            perBlock.add(new ArrayList<>());
        }
        int r = 0;
        for (Map.Entry<SetRule, List<Integer>> entry : byRule.entrySet()) {
            members[r] = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            minDays[r] = entry.getKey().param();
            weight[r] = entry.getKey().softWeight();
            for (int b : members[r]) {
                perBlock.get(b).add(r);
            }
            r++;
        }
        rulesOfBlock = perBlock.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** Soft cost of block b starting at slot s, the other blocks at {@code starts} (-1 unplaced). */
    long cost(int b, int s, int[] starts) {
        long cost = blocks.get(b).softTimePenaltyAt(s);
        int day = s / periods;
        for (int r : rulesOfBlock[b]) {
            for (int other : members[r]) {
                if (other != b && starts[other] >= 0) {
                    int distance = Math.abs(day - starts[other] / periods);
                    if (distance < minDays[r]) {
                        cost += (minDays[r] - distance) * weight[r];
                    }
                }
            }
        }
        return cost;
    }
}

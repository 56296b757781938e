package org.preau.engine.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hard building rules as {@link FastFeasibilitySearch} counts them: it places blocks, not rooms, so a lesson's
 * building is known only when every room it may take lies in one building (a home room, a fixed room, rooms of one
 * floor); its other lessons are blanks. Short of the exact count, which Timefold makes once rooms are given, but the
 * whole count where pupils keep their home room: fet-data's St-Joseph-EMHSS (India) handed Timefold 196 broken
 * "min gaps between building changes" after a fast phase that had counted none. Kept day by day, as the resource
 * rules are: a move changes two days.
 */
final class FastBuildingRules {

    private final BuildingRule[] rules;
    private final int days;
    private final int periods;
    /** Buildings known to some member: a row of {@link #booked} per period. */
    private final int buildings;
    /** Per rule and member: its block, duration, weeks of the cycle and building. */
    private final int[][] block;
    private final int[][] duration;
    private final int[][] weeks;
    private final int[][] building;
    /** Per block: the rules it is a member of, and its member index in each (a block may be several members). */
    private final int[][] ruleOfBlock;
    private final int[][] memberOfBlock;
    /**
     * Per rule: the placed members in each building at each period, at [((week * days + day) * periods + period) *
     * buildings + building]; kept by {@link #move}, so that a day is recounted without looking at every member.
     */
    private final int[][] booked;
    /** Per rule: each day's {@link BuildingRule#dayCount} at [week * days + day], each week's sum, the violations. */
    private final int[][] dayCount;
    private final int[][] weekSum;
    private final int[] violations;
    private final int[] row;

    FastBuildingRules(TimetableSolution solution, int days, int periods) {
        this.days = days;
        this.periods = periods;
        Map<Integer, RoomBooking> bookingOfLesson = new HashMap<>();
        for (RoomBooking booking : solution.bookings()) {
            bookingOfLesson.put(booking.lesson(), booking);
        }
        Map<LessonBlock, Integer> indexOfBlock = new HashMap<>();
        for (int b = 0; b < solution.blocks().size(); b++) {
            indexOfBlock.put(solution.blocks().get(b), b);
        }
        Map<BuildingRule, List<int[]>> known = new LinkedHashMap<>();
        int most = 0;
        for (BuildingMember member : solution.getBuildingMembers()) {
            RoomBooking booking = bookingOfLesson.get(member.lesson());
            if (member.rule().level() != Level.HARD || booking == null) {
                continue;
            }
            int only = onlyBuilding(booking, member.rule().buildingOfRoom());
            if (only >= 0) {
                known.computeIfAbsent(member.rule(), k -> new ArrayList<>())
                        .add(new int[] {indexOfBlock.get(booking.block()), member.duration(), member.weeks(), only});
                most = Math.max(most, only + 1);
            }
        }
        buildings = most;
        rules = known.keySet().toArray(BuildingRule[]::new);
        int n = rules.length;
        block = new int[n][];
        duration = new int[n][];
        weeks = new int[n][];
        building = new int[n][];
        booked = new int[n][];
        dayCount = new int[n][];
        weekSum = new int[n][];
        violations = new int[n];
        row = new int[periods];
        List<List<int[]>> memberships = new ArrayList<>();
        for (int b = 0; b < solution.blocks().size(); b++) {
            memberships.add(new ArrayList<>());
        }
        for (int r = 0; r < n; r++) {
            List<int[]> members = known.get(rules[r]);
            block[r] = members.stream().mapToInt(m -> m[0]).toArray();
            duration[r] = members.stream().mapToInt(m -> m[1]).toArray();
            weeks[r] = members.stream().mapToInt(m -> m[2]).toArray();
            building[r] = members.stream().mapToInt(m -> m[3]).toArray();
            booked[r] = new int[rules[r].weeksInCycle() * days * periods * buildings];
            dayCount[r] = new int[rules[r].weeksInCycle() * days];
            weekSum[r] = new int[rules[r].weeksInCycle()];
            for (int i = 0; i < block[r].length; i++) {
                memberships.get(block[r][i]).add(new int[] {r, i});
            }
        }
        ruleOfBlock = memberships.stream().map(list -> list.stream().mapToInt(m -> m[0]).toArray()).toArray(int[][]::new);
        memberOfBlock = memberships.stream().map(list -> list.stream().mapToInt(m -> m[1]).toArray()).toArray(int[][]::new);
    }

    /** The one building all the booking's candidate rooms lie in, else -1. */
    private static int onlyBuilding(RoomBooking booking, int[] buildingOfRoom) {
        int only = -1;
        for (RoomValue room : booking.getCandidates()) {
            int b = buildingOfRoom[room.index()];
            if (b < 0 || only >= 0 && b != only) {
                return -1;
            }
            only = b;
        }
        return only;
    }

    int size() {
        return rules.length;
    }

    /** The blocks rule r counts. */
    int[] blocks(int r) {
        return block[r];
    }

    /** Rule r's violations as last refreshed. */
    int violations(int r) {
        return violations[r];
    }

    /** Block b moved from slot {@code from} to {@code to} (-1: out): its members' periods change buildings' counts. */
    void move(int b, int from, int to) {
        for (int k = 0; k < ruleOfBlock[b].length; k++) {
            if (from >= 0) {
                book(ruleOfBlock[b][k], memberOfBlock[b][k], from, -1);
            }
            if (to >= 0) {
                book(ruleOfBlock[b][k], memberOfBlock[b][k], to, +1);
            }
        }
    }

    private void book(int r, int i, int slot, int delta) {
        int day = slot / periods;
        int end = Math.min(periods, slot % periods + duration[r][i]);
        for (int w = 0; w < rules[r].weeksInCycle(); w++) {
            if ((weeks[r][i] & 1 << w) != 0) {
                int base = (w * days + day) * periods;
                for (int p = slot % periods; p < end; p++) {
                    booked[r][(base + p) * buildings + building[r][i]] += delta;
                }
            }
        }
    }

    /**
     * Recounts rule r on day d from the members placed, block {@code probe} (-1: none, else out) at
     * {@code probeSlot} too.
     */
    void refreshDay(int r, int d, int probe, int probeSlot) {
        BuildingRule rule = rules[r];
        for (int w = 0; w < rule.weeksInCycle(); w++) {
            int base = (w * days + d) * periods;
            for (int p = 0; p < periods; p++) {
                row[p] = -1;
                for (int k = 0; k < buildings; k++) { // overlaps: first by name, as BuildingRule.mark
                    if (booked[r][(base + p) * buildings + k] > 0) {
                        row[p] = k;
                        break;
                    }
                }
            }
            if (probe >= 0 && probeSlot / periods == d) {
                for (int k = 0; k < ruleOfBlock[probe].length; k++) {
                    int i = memberOfBlock[probe][k];
                    if (ruleOfBlock[probe][k] == r && (weeks[r][i] & 1 << w) != 0) {
                        BuildingRule.mark(row, probeSlot % periods, duration[r][i], building[r][i]);
                    }
                }
            }
            int count = rule.dayCount(row);
            int cell = w * days + d;
            weekSum[r][w] += count - dayCount[r][cell];
            dayCount[r][cell] = count;
        }
        int total = 0;
        for (int w = 0; w < rule.weeksInCycle(); w++) {
            total += rule.weekViolations(weekSum[r][w]);
        }
        violations[r] = total;
    }
}

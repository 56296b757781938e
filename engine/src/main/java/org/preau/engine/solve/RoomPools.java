package org.preau.engine.solve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rooms as the fast phase sees them: a pool per distinct set of rooms some lesson may use, with as many places
 * as rooms. A lesson needing a room takes a place in every pool holding all its rooms, so a pool booked beyond
 * its size at some period means some lesson cannot get a room there (Hall's condition on the candidate sets:
 * necessary, and exact for a single room or nested sets). Rooms stay Timefold's to assign; this only keeps the
 * fast phase from handing over starts whose rooms cannot work out.
 */
final class RoomPools {

    /** A place in a pool taken by a block: the pool, the periods from the block's start, the weeks. */
    record PoolUse(int pool, long periodMask, int weekMask) {
    }

    private final List<List<PoolUse>> usesOfBlock = new ArrayList<>();
    private final int[] capacity;
    /** Per block and start: hard violations of room closings when the block's lessons have one room each. */
    private final int[][] closedPenalty;

    RoomPools(TimetableSolution solution, int days, int periods) {
        int blocks = solution.blocks().size();
        for (int b = 0; b < blocks; b++) {
            usesOfBlock.add(new ArrayList<>());
        }
        closedPenalty = new int[blocks][];
        Map<BitSet, Integer> poolIndex = new LinkedHashMap<>();
        List<RoomBooking> needing = new ArrayList<>();
        List<BitSet> roomsOf = new ArrayList<>();
        for (RoomBooking booking : solution.bookings()) {
            List<RoomValue> rooms = booking.hardFreeCandidates();
            if (!booking.needsRoom() || rooms.isEmpty()) {
                continue;
            }
            BitSet set = new BitSet();
            rooms.forEach(r -> set.set(r.index()));
            poolIndex.putIfAbsent(set, poolIndex.size());
            needing.add(booking);
            roomsOf.add(set);
            if (rooms.size() == 1) {
                addClosings(booking, rooms.getFirst().index(), days, periods);
            }
        }
        List<BitSet> pools = new ArrayList<>(poolIndex.keySet());
        capacity = pools.stream().mapToInt(BitSet::cardinality).toArray();
        for (int i = 0; i < needing.size(); i++) {
            RoomBooking booking = needing.get(i);
            for (int p = 0; p < pools.size(); p++) {
                BitSet rest = (BitSet) roomsOf.get(i).clone();
                rest.andNot(pools.get(p));
                if (rest.isEmpty()) {
                    usesOfBlock.get(booking.block().index()).add(new PoolUse(p, booking.periodMask(), booking.weekMask()));
                }
            }
        }
    }

    private void addClosings(RoomBooking booking, int room, int days, int periods) {
        int b = booking.block().index();
        if (closedPenalty[b] == null) {
            closedPenalty[b] = new int[days * periods];
        }
        for (int s = 0; s < days * periods; s++) {
            int period = s % periods;
            if (period + 64 - Long.numberOfLeadingZeros(booking.periodMask()) <= periods) {
                closedPenalty[b][s] += booking.calendar().hardViolations(room, s / periods, booking.periodMask() << period);
            }
        }
    }

    List<PoolUse> usesOf(int block) {
        return usesOfBlock.get(block);
    }

    int poolCount() {
        return capacity.length;
    }

    /** Rooms in the pool: how many lessons it can host at once. */
    int capacity(int pool) {
        return capacity[pool];
    }

    /** Hard violations of room closings if the block started at slot s (0 when its rooms are not fixed). */
    int closedPenalty(int block, int s) {
        return closedPenalty[block] == null ? 0 : closedPenalty[block][s];
    }
}

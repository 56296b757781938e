package org.preau.engine.solve;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rooms as the fast phase sees them: a pool per distinct set of rooms some lesson may use, and per union of
 * overlapping sets, with as many places as rooms. A lesson needing a room takes a place in every pool holding all
 * its rooms, so a pool booked beyond its size at some period means some lesson cannot get a room there (Hall's
 * condition: with every union it is also sufficient at each period, for lessons of one period). Without the unions,
 * labs shared between subjects were missed: chemistry in {401, 162}, physics in {162, 161} and biology in
 * {401, 403} fill 4 rooms, not 6. A room closed at some period (a hard "room not available") holds one place of
 * each of its pools then, as if booked. Rooms stay Timefold's to assign; this only keeps the fast phase from
 * handing over starts whose rooms cannot work out.
 */
final class RoomPools {

    /** Unions added at most, so that files with many overlapping sets do not slow every move down. */
    private static final int MAX_UNIONS = 64;

    /** A place in a pool taken by a block: the pool, the periods from the block's start, the weeks. */
    record PoolUse(int pool, long periodMask, int weekMask) {
    }

    private final List<List<PoolUse>> usesOfBlock = new ArrayList<>();
    private final int[] capacity;
    /** Per pool of several rooms and slot: its rooms closed then (null for none), places no lesson can take. */
    private final int[][] closedRooms;
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
        List<BitSet> pools = withUnions(new ArrayList<>(poolIndex.keySet()));
        capacity = pools.stream().mapToInt(BitSet::cardinality).toArray();
        closedRooms = new int[pools.size()][];
        if (!needing.isEmpty()) {
            RoomCalendar calendar = needing.getFirst().calendar();
            for (int p = 0; p < pools.size(); p++) {
                closedRooms[p] = closedRooms(pools.get(p), calendar, days * periods);
            }
        }
        for (int i = 0; i < needing.size(); i++) {
            RoomBooking booking = needing.get(i);
            for (int p = 0; p < pools.size(); p++) {
                if (contains(pools.get(p), roomsOf.get(i))) {
                    usesOfBlock.get(booking.block().index()).add(new PoolUse(p, booking.periodMask(), booking.weekMask()));
                }
            }
        }
    }

    /** The sets, then the unions of two overlapping sets (neither holding the other), repeated on the unions. */
    private static List<BitSet> withUnions(List<BitSet> sets) {
        java.util.Set<BitSet> known = new java.util.HashSet<>(sets);
        List<BitSet> all = new ArrayList<>(sets);
        int limit = sets.size() + MAX_UNIONS;
        for (int i = 1; i < all.size() && all.size() < limit; i++) {
            for (int j = 0; j < i && all.size() < limit; j++) {
                BitSet a = all.get(i);
                BitSet b = all.get(j);
                if (a.intersects(b) && !contains(a, b) && !contains(b, a)) {
                    BitSet union = (BitSet) a.clone();
                    union.or(b);
                    if (known.add(union)) {
                        all.add(union);
                    }
                }
            }
        }
        return all;
    }

    private static boolean contains(BitSet outer, BitSet inner) {
        BitSet rest = (BitSet) inner.clone();
        rest.andNot(outer);
        return rest.isEmpty();
    }

    /**
     * Per slot, the pool's rooms closed then; null when the pool has one room (a lesson with one room counts its
     * closings itself: {@link #closedPenalty}) or none is ever closed.
     */
    private static int[] closedRooms(BitSet pool, RoomCalendar calendar, int slots) {
        if (pool.cardinality() < 2) {
            return null;
        }
        int[] closed = new int[slots];
        boolean any = false;
        for (int room = pool.nextSetBit(0); room >= 0; room = pool.nextSetBit(room + 1)) {
            for (int s = 0; s < slots; s++) {
                if (calendar.hardClosed()[room][s] > 0) {
                    closed[s]++;
                    any = true;
                }
            }
        }
        return any ? closed : null;
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

    /** Rooms of the pool closed at slot s: places taken before any lesson comes. */
    int closedRooms(int pool, int s) {
        return closedRooms[pool] == null ? 0 : closedRooms[pool][s];
    }

    /** Hard violations of room closings if the block started at slot s (0 when its rooms are not fixed). */
    int closedPenalty(int block, int s) {
        return closedPenalty[block] == null ? 0 : closedPenalty[block][s];
    }
}

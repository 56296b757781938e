package org.preau.engine.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Gives rooms to the bookings once the fast phase has fixed the times: each lesson needing a room takes a free
 * allowed room (the least unwished one), and when none is free, a lesson holding one of its rooms moves to
 * another free room to make way (augmenting paths, as in bipartite matching). Lessons that
 * still find no room are left without one for Timefold to settle. Lessons that must share their room (back to back
 * under "same room if consecutive", or under a hard "at most one room between them") take, together, one room free
 * for them all, else one where the lessons in their way can move to other rooms; failing that, a lesson takes the
 * room the one before or after it already has when it is free; else a lesson under a hard building
 * rule takes a room in the building where its teacher's or pupils' other lessons that day already are. Deterministic.
 */
final class RoomAssigner {

    /**
     * Steps an augmenting path may take: each lesson is visited once per path anyway, so this only bounds the
     * recursion. Paths of 4 steps left lessons without a room where a longer path found one (TelPolytech_odd, 20 s:
     * 16-17 room-less lessons handed over against 7-9).
     */
    private static final int MAX_DEPTH = 200;

    private final List<RoomBooking> bookings;
    private final int periods;
    private final int slotCount;
    private final int weeks;
    /** owner[(room * weeks + week) * slotCount + slot]: the booking in the room then, or -1. */
    private final int[] owner;
    private final int[] roomOf;
    private final boolean[] visited;
    /** Rooms changed since the trail began, with the room each had before, for {@link #rollback}. */
    private int[] trailBooking = new int[64];
    private int[] trailRoom = new int[64];
    private int trailSize;
    /** Per booking: the start of its block (null when not placed), read once so that the blocks are not touched. */
    private final StartSlot[] startOf;
    /**
     * Per booking: the bookings it must share its room with: back to back with it at these starts, or under a hard
     * "at most one room" rule with it.
     */
    private final List<List<Integer>> sharing = new ArrayList<>();
    /** Per booking: the bookings on its day under a hard building rule with it (same teacher or pupils). */
    private final List<List<Integer>> sameDayFellows = new ArrayList<>();
    /** Building rank of each room (-1 unknown), from the building rules; null when there are none. */
    private int[] buildingOfRoom;

    private RoomAssigner(TimetableSolution solution, int rooms, int days, int periods, StartSlot[] startOfBlock) {
        this.bookings = solution.bookings();
        startOf = new StartSlot[bookings.size()];
        for (int i = 0; i < startOf.length; i++) {
            startOf[i] = startOfBlock[bookings.get(i).block().index()];
            sharing.add(new ArrayList<>());
            sameDayFellows.add(new ArrayList<>());
        }
        Map<Integer, Integer> bookingOfLesson = new java.util.HashMap<>();
        for (int i = 0; i < bookings.size(); i++) {
            bookingOfLesson.put(bookings.get(i).lesson(), i);
        }
        linkSharedRooms(solution.getRoomPairRules(), bookingOfLesson, startOfBlock);
        linkOneRoomGroups(solution.getMaxRoomsMembers(), bookingOfLesson);
        linkBuildingFellows(solution.getBuildingMembers(), bookingOfLesson);
        this.periods = periods;
        this.slotCount = days * periods;
        int weekBits = 0;
        for (RoomBooking booking : bookings) {
            weekBits |= booking.weekMask();
        }
        weeks = Math.max(1, 32 - Integer.numberOfLeadingZeros(weekBits));
        owner = new int[Math.max(1, rooms) * weeks * slotCount];
        Arrays.fill(owner, -1);
        roomOf = new int[bookings.size()];
        Arrays.fill(roomOf, -1);
        visited = new boolean[bookings.size()];
    }

    /** Sets the room of every booking whose block is placed and for which a room can be found. */
    static void assign(TimetableSolution solution, List<RoomValue> rooms, int days, int periods) {
        StartSlot[] starts = solution.blocks().stream().map(LessonBlock::getStart).toArray(StartSlot[]::new);
        RoomAssigner assigner = new RoomAssigner(solution, rooms.size(), days, periods, starts);
        assigner.run();
        for (int i = 0; i < assigner.roomOf.length; i++) {
            solution.bookings().get(i).setRoom(assigner.roomOf[i] < 0 ? null : rooms.get(assigner.roomOf[i]));
        }
    }

    /**
     * The blocks, at the given starts (slot indexes per block, -1 unplaced), with a lesson that must have a room
     * and gets none from {@link #assign}; touches neither the blocks nor the bookings, so threads may call it.
     */
    static int[] blocksWithoutRoom(TimetableSolution solution, int roomCount, int days, int periods,
            List<StartSlot> slots, int[] starts) {
        StartSlot[] startOfBlock = new StartSlot[starts.length];
        for (int b = 0; b < starts.length; b++) {
            startOfBlock[b] = starts[b] < 0 ? null : slots.get(starts[b]);
        }
        RoomAssigner assigner = new RoomAssigner(solution, roomCount, days, periods, startOfBlock);
        assigner.run();
        return java.util.stream.IntStream.range(0, assigner.roomOf.length)
                .filter(i -> assigner.roomOf[i] < 0 && assigner.startOf[i] != null && solution.bookings().get(i).needsRoom())
                .map(i -> solution.bookings().get(i).block().index()).distinct().toArray();
    }

    private void linkSharedRooms(List<RoomPairRule> rules, Map<Integer, Integer> bookingOfLesson,
            StartSlot[] startOfBlock) {
        for (RoomPairRule rule : rules) {
            Integer first = bookingOfLesson.get(rule.firstLesson());
            Integer second = bookingOfLesson.get(rule.secondLesson());
            StartSlot a = startOfBlock[rule.firstBlock()];
            StartSlot b = startOfBlock[rule.secondBlock()];
            if (first != null && second != null && a != null && b != null && a.day() == b.day()
                    && (a.period() + rule.firstDuration() == b.period() || b.period() + rule.secondDuration() == a.period())) {
                sharing.get(first).add(second);
                sharing.get(second).add(first);
            }
        }
    }

    /** Links the lessons of each hard "at most one room" rule as lessons that must share their room. */
    private void linkOneRoomGroups(List<MaxRoomsMember> members, Map<Integer, Integer> bookingOfLesson) {
        Map<MaxRoomsRule, List<Integer>> byRule = new java.util.LinkedHashMap<>();
        for (MaxRoomsMember member : members) {
            Integer i = bookingOfLesson.get(member.lesson());
            if (member.rule().level() == Level.HARD && member.rule().max() == 1 && i != null) {
                byRule.computeIfAbsent(member.rule(), r -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : byRule.values()) {
            for (int i : group) {
                for (int j : group) {
                    if (i != j && !sharing.get(i).contains(j)) {
                        sharing.get(i).add(j);
                    }
                }
            }
        }
    }

    private void linkBuildingFellows(List<BuildingMember> members, Map<Integer, Integer> bookingOfLesson) {
        Map<BuildingRule, List<Integer>> byRule = new java.util.LinkedHashMap<>();
        for (BuildingMember member : members) {
            Integer i = bookingOfLesson.get(member.lesson());
            if (member.rule().level() == Level.HARD && i != null && startOf[i] != null) {
                byRule.computeIfAbsent(member.rule(), r -> new ArrayList<>()).add(i);
                buildingOfRoom = member.rule().buildingOfRoom();
            }
        }
        for (List<Integer> fellows : byRule.values()) {
            for (int i : fellows) {
                for (int j : fellows) {
                    if (i != j && startOf[i].day() == startOf[j].day()) {
                        sameDayFellows.get(i).add(j);
                    }
                }
            }
        }
    }

    private void run() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < bookings.size(); i++) {
            if (startOf[i] != null) {
                order.add(i);
            }
        }
        // lessons that must have a room first, the ones with the fewest rooms first
        order.sort(Comparator.<Integer>comparingInt(i -> bookings.get(i).needsRoom() ? 0 : 1)
                .thenComparingInt(i -> bookings.get(i).hardFreeCandidates().size())
                .thenComparingInt(i -> i));
        for (int i : order) {
            RoomBooking booking = bookings.get(i);
            if (booking.needsRoom()) {
                trailSize = 0; // nothing before this lesson is ever undone
                if (roomOf[i] < 0 && !placeTogether(i)) {
                    Arrays.fill(visited, false);
                    place(i, MAX_DEPTH);
                }
            } else {
                int room = freeRoom(i);
                if (room >= 0 && booking.softPenaltyOf(room) < booking.softPenaltyOf(-1)) {
                    take(i, room);
                }
            }
        }
    }

    /**
     * Gives booking i and the lessons that must share its room (and theirs in turn) one room, moving the lessons in
     * its way there to other rooms ({@link #place}); the rooms with the fewest such lessons are tried first, then the
     * least unwished. False, every move undone, when no room works out. One at a time, the first would take its own
     * best room and leave the next none to share ("same room if consecutive", MED_2019-20-1).
     */
    private boolean placeTogether(int i) {
        List<Integer> together = sharingGroup(i);
        if (together.size() < 2) {
            return false;
        }
        List<int[]> tries = new ArrayList<>(); // room, then the lessons in the group's way there
        List<Long> costs = new ArrayList<>();
        for (RoomValue room : bookings.get(i).hardFreeCandidates()) {
            int r = room.index();
            if (together.stream().allMatch(j -> allows(j, r) && !closed(j, r))) {
                tries.add(occupantsOf(together, r));
                costs.add(together.stream().mapToLong(j -> bookings.get(j).softPenaltyOf(r)).sum());
            }
        }
        Integer[] order = java.util.stream.IntStream.range(0, tries.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingInt(k -> tries.get(k).length).thenComparing(costs::get));
        for (int k : order) {
            int[] t = tries.get(k);
            int mark = trailSize;
            Arrays.fill(visited, false);
            together.forEach(j -> visited[j] = true);
            for (int o = 1; o < t.length; o++) {
                release(t[o]);
            }
            for (int j : together) {
                take(j, t[0]);
            }
            boolean all = true;
            for (int o = 1; o < t.length && all; o++) {
                all = place(t[o], MAX_DEPTH);
            }
            if (all) {
                return true;
            }
            rollback(mark);
        }
        return false;
    }

    /** Room r, then the distinct lessons holding it at some period of the group's lessons. */
    private int[] occupantsOf(List<Integer> together, int r) {
        java.util.LinkedHashSet<Integer> found = new java.util.LinkedHashSet<>();
        for (int j : together) {
            for (int cell : cells(j, r)) {
                if (owner[cell] >= 0) {
                    found.add(owner[cell]);
                }
            }
        }
        int[] result = new int[found.size() + 1];
        result[0] = r;
        int k = 1;
        for (int o : found) {
            result[k++] = o;
        }
        return result;
    }

    /** Undoes every take and release since the trail had {@code mark} entries, the latest first. */
    private void rollback(int mark) {
        while (trailSize > mark) {
            trailSize--;
            int i = trailBooking[trailSize];
            if (roomOf[i] >= 0) {
                setCells(i, roomOf[i], -1);
            }
            roomOf[i] = trailRoom[trailSize];
            if (roomOf[i] >= 0) {
                setCells(i, roomOf[i], i);
            }
        }
    }

    /**
     * Booking i and, link by link, the placed bookings without a room it must share its room with, leaving out those
     * at the same time as one already in (one room cannot hold both).
     */
    private List<Integer> sharingGroup(int i) {
        List<Integer> group = new ArrayList<>(List.of(i));
        for (int k = 0; k < group.size(); k++) {
            for (int j : sharing.get(group.get(k))) {
                if (roomOf[j] < 0 && startOf[j] != null && !group.contains(j)
                        && group.stream().noneMatch(member -> overlap(j, member))) {
                    group.add(j);
                }
            }
        }
        return group;
    }

    /** Whether bookings i and j are taught at a same period of a same week. */
    private boolean overlap(int i, int j) {
        RoomBooking a = bookings.get(i);
        RoomBooking b = bookings.get(j);
        return startOf[i].day() == startOf[j].day() && (a.weekMask() & b.weekMask()) != 0
                && ((a.periodMask() << startOf[i].period()) & (b.periodMask() << startOf[j].period())) != 0;
    }

    private boolean allows(int i, int room) {
        for (RoomValue candidate : bookings.get(i).hardFreeCandidates()) {
            if (candidate.index() == room) {
                return true;
            }
        }
        return false;
    }

    /** Finds booking i a room, moving others along a path of at most {@code depth} steps; false if none. */
    private boolean place(int i, int depth) {
        visited[i] = true;
        int free = freeRoom(i);
        if (free >= 0) {
            take(i, free);
            return true;
        }
        if (depth == 0) {
            return false;
        }
        for (RoomValue room : bookings.get(i).hardFreeCandidates()) {
            int r = room.index();
            if (closed(i, r)) {
                continue;
            }
            int other = soleOccupant(i, r);
            if (other < 0 || visited[other]) {
                continue;
            }
            release(other);
            take(i, r);
            if (place(other, depth - 1)) {
                return true;
            }
            release(i);
            take(other, r);
        }
        return false;
    }

    /**
     * The free allowed room a lesson it must share with already has, else the one in the building where most of its
     * fellows under building rules are that day, then the one with the smallest soft cost; -1 when none is free.
     */
    private int freeRoom(int i) {
        RoomBooking booking = bookings.get(i);
        int best = -1;
        long bestRank = Long.MAX_VALUE;
        for (RoomValue room : booking.hardFreeCandidates()) {
            int r = room.index();
            if (closed(i, r) || soleOccupant(i, r) != -1) {
                continue;
            }
            boolean shared = sharing.get(i).stream().anyMatch(j -> roomOf[j] == r);
            // one number ordering by sharing, then fellows in the building, then soft cost (far below 2^32)
            long rank = (shared ? 0 : 1L << 40) - ((long) fellowsInBuildingOf(i, r) << 32) + booking.softPenaltyOf(r);
            if (rank < bestRank) {
                best = r;
                bestRank = rank;
            }
        }
        return best;
    }

    /** How many of booking i's same-day fellows under building rules have a room in room r's building. */
    private int fellowsInBuildingOf(int i, int r) {
        if (buildingOfRoom == null || buildingOfRoom[r] < 0) {
            return 0;
        }
        int count = 0;
        for (int j : sameDayFellows.get(i)) {
            if (roomOf[j] >= 0 && buildingOfRoom[roomOf[j]] == buildingOfRoom[r]) {
                count++;
            }
        }
        return count;
    }

    private boolean closed(int i, int room) {
        RoomBooking booking = bookings.get(i);
        StartSlot start = startOf[i];
        return booking.calendar().hardViolations(room, start.day(), booking.periodMask() << start.period()) > 0;
    }

    /** -1 when the room is free for booking i, the one booking in the way, or -2 when several are. */
    private int soleOccupant(int i, int room) {
        int found = -1;
        for (int cell : cells(i, room)) {
            int o = owner[cell];
            if (o >= 0 && o != found) {
                if (found >= 0) {
                    return -2;
                }
                found = o;
            }
        }
        return found;
    }

    private void take(int i, int room) {
        record(i);
        roomOf[i] = room;
        setCells(i, room, i);
    }

    private void release(int i) {
        record(i);
        setCells(i, roomOf[i], -1);
        roomOf[i] = -1;
    }

    private void setCells(int i, int room, int value) {
        for (int cell : cells(i, room)) {
            owner[cell] = value;
        }
    }

    /** Notes booking i's room before a change, for {@link #rollback}. */
    private void record(int i) {
        if (trailSize == trailBooking.length) {
            trailBooking = Arrays.copyOf(trailBooking, 2 * trailSize);
            trailRoom = Arrays.copyOf(trailRoom, 2 * trailSize);
        }
        trailBooking[trailSize] = i;
        trailRoom[trailSize] = roomOf[i];
        trailSize++;
    }

    private int[] cells(int i, int room) {
        RoomBooking booking = bookings.get(i);
        StartSlot start = startOf[i];
        int[] result = new int[Long.bitCount(booking.periodMask()) * Integer.bitCount(booking.weekMask())];
        int n = 0;
        for (int w = booking.weekMask(); w != 0; w &= w - 1) {
            int base = (room * weeks + Integer.numberOfTrailingZeros(w)) * slotCount + start.index();
            for (long p = booking.periodMask(); p != 0; p &= p - 1) {
                int offset = Long.numberOfTrailingZeros(p);
                if (start.period() + offset < periods) {
                    result[n++] = base + offset;
                }
            }
        }
        return n == result.length ? result : Arrays.copyOf(result, n);
    }
}

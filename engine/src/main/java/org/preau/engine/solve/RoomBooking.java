package org.preau.engine.solve;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * The room of one lesson that needs or wants one. Lessons without any room rule get no booking (FET's
 * default: no room). The room may stay empty only when no hard rule asks for one.
 */
@PlanningEntity
public class RoomBooking {

    private final int lesson;
    private final LessonBlock block;
    private final long periodMask;
    private final int weekMask;
    private final List<RoomValue> candidates;
    /** Soft cost per room index; the last entry is the cost of having no room. */
    private final long[] softPenaltyByRoom;
    private final int[] hardPenaltyByRoom;
    private final RoomCalendar calendar;

    @PlanningVariable(valueRangeProviderRefs = "candidateRooms", allowsUnassigned = true)
    private RoomValue room;

    RoomBooking() {
        this(0, null, 0, 1, List.of(), new long[1], new int[1], null);
    }

    public RoomBooking(int lesson, LessonBlock block, long periodMask, int weekMask, List<RoomValue> candidates,
            long[] softPenaltyByRoom, int[] hardPenaltyByRoom, RoomCalendar calendar) {
        this.calendar = calendar;
        this.lesson = lesson;
        this.block = block;
        this.periodMask = periodMask;
        this.weekMask = weekMask;
        this.candidates = candidates;
        this.softPenaltyByRoom = softPenaltyByRoom;
        this.hardPenaltyByRoom = hardPenaltyByRoom;
    }

    @ValueRangeProvider(id = "candidateRooms")
    public List<RoomValue> getCandidates() {
        return candidates;
    }

    public RoomValue getRoom() {
        return room;
    }

    public void setRoom(RoomValue room) {
        this.room = room;
    }

    public int lesson() {
        return lesson;
    }

    public RoomCalendar calendar() {
        return calendar;
    }

    public LessonBlock block() {
        return block;
    }

    /** Periods used, counted from the block's start. */
    public long periodMask() {
        return periodMask;
    }

    public int weekMask() {
        return weekMask;
    }

    private int roomSlot() {
        return room == null ? softPenaltyByRoom.length - 1 : room.index();
    }

    /** Whether a hard rule asks for a room (having none is then a hard violation). */
    boolean needsRoom() {
        return hardPenaltyByRoom[hardPenaltyByRoom.length - 1] > 0;
    }

    /** Soft cost of room index {@code room}; {@code -1}: of having no room. */
    long softPenaltyOf(int room) {
        return softPenaltyByRoom[room < 0 ? softPenaltyByRoom.length - 1 : room];
    }

    /** Candidate rooms breaking no hard room rule. */
    List<RoomValue> hardFreeCandidates() {
        return candidates.stream().filter(r -> hardPenaltyByRoom[r.index()] == 0).toList();
    }

    public long softRoomPenalty() {
        return softPenaltyByRoom[roomSlot()];
    }

    public int hardRoomPenalty() {
        return hardPenaltyByRoom[roomSlot()];
    }

    @Override
    public String toString() {
        return "booking" + lesson + "@" + room;
    }
}

package org.preau.engine.solve;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * Lessons that must start together — one lesson, or a whole alignment (barrette) joined by hard "same
 * starting time" rules — planned as one. Moving the block moves the whole alignment, so the solver never
 * has to break and repair it.
 */
@PlanningEntity(comparatorClass = LessonBlockDifficulty.class)
public class LessonBlock {

    private final int index;
    private final List<Integer> lessons;
    private final List<StartSlot> allowedStarts;
    /** Hard violations of time windows for each start index (0 for every start of {@link #allowedStarts} normally). */
    private final int[] hardPenaltyByStart;
    /** Soft cost of time wishes for each start index. */
    private final long[] softPenaltyByStart;
    private List<ResourceUse> uses = List.of();
    /** Blocks sharing a teacher or pupils with this one: the ones a move of this block can bump into. */
    private int[] neighbours = new int[0];
    /** The pupils' resources it keeps busy (sorted). */
    private int[] pupils = new int[0];
    private boolean[] allowedByIndex = new boolean[0];
    private int span;
    private int slack;
    private List<StartSlot> week = List.of();
    private int periodsPerDay;
    /** Allowed starts no valid timetable uses, by slot index ({@link PackedResources}). */
    private boolean[] ruledOut = new boolean[0];

    @PlanningVariable(valueRangeProviderRefs = "allowedStarts")
    private StartSlot start;

    LessonBlock() {
        this(0, List.of(), List.of(), new int[0], new long[0]);
    }

    public LessonBlock(int index, List<Integer> lessons, List<StartSlot> allowedStarts, int[] hardPenaltyByStart,
            long[] softPenaltyByStart) {
        this.index = index;
        this.lessons = lessons;
        this.allowedStarts = allowedStarts;
        this.hardPenaltyByStart = hardPenaltyByStart;
        this.softPenaltyByStart = softPenaltyByStart;
    }

    void ruleOut(boolean[] starts) {
        this.ruledOut = starts;
    }

    /**
     * Whether no valid timetable has the block start at this allowed start. The fast phase leaves such starts out;
     * Timefold keeps them (the narrowing was measured on the fast phase only).
     */
    boolean ruledOutAt(int slot) {
        return slot < ruledOut.length && ruledOut[slot];
    }

    void setNeighbourhood(int[] neighbours, boolean[] allowedByIndex, int span, List<StartSlot> week, int periodsPerDay) {
        this.week = week;
        this.periodsPerDay = periodsPerDay;
        this.neighbours = neighbours;
        this.allowedByIndex = allowedByIndex;
        this.span = span;
    }

    public int[] neighbours() {
        return neighbours;
    }

    void setPupils(int[] pupils) {
        this.pupils = pupils;
    }

    /** Whether this block and {@code other} keep some pupils busy in common. */
    boolean sharesPupilsWith(LessonBlock other) {
        int i = 0;
        int j = 0;
        while (i < pupils.length && j < other.pupils.length) {
            if (pupils[i] == other.pupils[j]) {
                return true;
            }
            if (pupils[i] < other.pupils[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** The slot at (day, period) of the week, or null when outside it. */
    public StartSlot slotAt(int day, int period) {
        if (period < 0 || period >= periodsPerDay) {
            return null;
        }
        int index = day * periodsPerDay + period;
        return index >= 0 && index < week.size() ? week.get(index) : null;
    }

    /** Whether the fast phase may start the block there: an allowed start not ruled out ({@link #ruledOutAt}). */
    boolean fastPhaseAllows(int slot) {
        return slot >= 0 && slot < allowedByIndex.length && allowedByIndex[slot] && !ruledOutAt(slot);
    }

    public boolean allows(StartSlot slot) {
        return slot.index() < allowedByIndex.length && allowedByIndex[slot.index()];
    }

    /** Allowed starts minus the busiest resource's weekly periods: the smaller, the earlier to place. */
    public int slack() {
        return slack;
    }

    void setSlack(int slack) {
        this.slack = slack;
    }

    /** The longest duration among its lessons. */
    public int span() {
        return span;
    }

    @ValueRangeProvider(id = "allowedStarts")
    public List<StartSlot> getAllowedStarts() {
        return allowedStarts;
    }

    public StartSlot getStart() {
        return start;
    }

    public void setStart(StartSlot start) {
        this.start = start;
    }

    public int index() {
        return index;
    }

    /** Indexes of the lessons in this block (into the compiled problem's lesson list). */
    public List<Integer> lessons() {
        return lessons;
    }

    public List<ResourceUse> uses() {
        return uses;
    }

    void setUses(List<ResourceUse> uses) {
        this.uses = uses;
    }

    public boolean isPlaced() {
        return start != null;
    }

    public int day() {
        return start.day();
    }

    public int period() {
        return start.period();
    }

    /** Hard time-window violations if the block started at slot index {@code slot}. */
    int hardTimePenaltyAt(int slot) {
        return hardPenaltyByStart[slot];
    }

    public int hardTimePenalty() {
        return start == null ? 0 : hardPenaltyByStart[start.index()];
    }

    long softTimePenaltyAt(int slot) {
        return softPenaltyByStart[slot];
    }

    public long softTimePenalty() {
        return start == null ? 0 : softPenaltyByStart[start.index()];
    }

    @Override
    public String toString() {
        return "block" + index + lessons + "@" + start;
    }
}

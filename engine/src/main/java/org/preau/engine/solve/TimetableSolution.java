package org.preau.engine.solve;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardSoftScore;
import java.util.List;

/** The Timefold view of a compiled problem: blocks to place in time, bookings to place in rooms, rule facts. */
@PlanningSolution
public class TimetableSolution {

    private List<LessonBlock> blocks;
    private List<RoomBooking> bookings;
    private List<ResourceRule> resourceRules;
    /** The same rules grouped by resource: the constraints' facts ({@link ResourceRules}). */
    private List<ResourceRules> resourceRuleGroups = List.of();
    private List<SetRuleMember> setRuleMembers;
    private List<EndsDayRule> endsDayRules;
    private List<MaxRoomsMember> maxRoomsMembers = List.of();
    private List<BuildingMember> buildingMembers = List.of();
    private List<RoomPairRule> roomPairRules = List.of();
    private List<SlotSelectionMember> slotSelectionMembers = List.of();
    private List<RestRule> restRules = List.of();
    private HardSoftScore score;

    public TimetableSolution() {
    }

    public TimetableSolution(List<LessonBlock> blocks, List<RoomBooking> bookings, List<ResourceRule> resourceRules,
            List<SetRuleMember> setRuleMembers, List<EndsDayRule> endsDayRules) {
        this.blocks = blocks;
        this.bookings = bookings;
        setResourceRules(resourceRules);
        this.setRuleMembers = setRuleMembers;
        this.endsDayRules = endsDayRules;
    }

    @PlanningEntityCollectionProperty
    public List<LessonBlock> getBlocks() {
        return blocks;
    }

    public void setBlocks(List<LessonBlock> blocks) {
        this.blocks = blocks;
    }

    @PlanningEntityCollectionProperty
    public List<RoomBooking> getBookings() {
        return bookings;
    }

    public void setBookings(List<RoomBooking> bookings) {
        this.bookings = bookings;
    }

    public List<ResourceRule> getResourceRules() {
        return resourceRules;
    }

    public void setResourceRules(List<ResourceRule> resourceRules) {
        this.resourceRules = resourceRules;
        this.resourceRuleGroups = ResourceRules.byResource(resourceRules);
    }

    @ProblemFactCollectionProperty
    public List<ResourceRules> getResourceRuleGroups() {
        return resourceRuleGroups;
    }

    @ProblemFactCollectionProperty
    public List<SetRuleMember> getSetRuleMembers() {
        return setRuleMembers;
    }

    public void setSetRuleMembers(List<SetRuleMember> setRuleMembers) {
        this.setRuleMembers = setRuleMembers;
    }

    @ProblemFactCollectionProperty
    public List<EndsDayRule> getEndsDayRules() {
        return endsDayRules;
    }

    public void setEndsDayRules(List<EndsDayRule> endsDayRules) {
        this.endsDayRules = endsDayRules;
    }

    @ProblemFactCollectionProperty
    public List<MaxRoomsMember> getMaxRoomsMembers() {
        return maxRoomsMembers;
    }

    public void setMaxRoomsMembers(List<MaxRoomsMember> maxRoomsMembers) {
        this.maxRoomsMembers = maxRoomsMembers;
    }

    @ProblemFactCollectionProperty
    public List<BuildingMember> getBuildingMembers() {
        return buildingMembers;
    }

    public void setBuildingMembers(List<BuildingMember> buildingMembers) {
        this.buildingMembers = buildingMembers;
    }

    @ProblemFactCollectionProperty
    public List<RoomPairRule> getRoomPairRules() {
        return roomPairRules;
    }

    public void setRoomPairRules(List<RoomPairRule> roomPairRules) {
        this.roomPairRules = roomPairRules;
    }

    @ProblemFactCollectionProperty
    public List<SlotSelectionMember> getSlotSelectionMembers() {
        return slotSelectionMembers;
    }

    public void setSlotSelectionMembers(List<SlotSelectionMember> slotSelectionMembers) {
        this.slotSelectionMembers = slotSelectionMembers;
    }

    @ProblemFactCollectionProperty
    public List<RestRule> getRestRules() {
        return restRules;
    }

    public void setRestRules(List<RestRule> restRules) {
        this.restRules = restRules;
    }

    @PlanningScore
    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }

    public List<LessonBlock> blocks() {
        return blocks;
    }

    public List<RoomBooking> bookings() {
        return bookings;
    }

    public HardSoftScore score() {
        return score;
    }
}

package org.preau.engine.solve;

import static ai.timefold.solver.core.api.score.stream.Joiners.equal;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The score of a timetable: one method per kind of rule, each used once for hard and once for soft instances.
 * Time windows (unavailability, preferred starts and slots, breaks) are mostly enforced by the blocks' value
 * ranges; what remains of them is priced per start in {@link LessonBlock}. Per-resource rules read each
 * resource's {@link WeekLoad}, counted incrementally; rules over a few lessons read a {@link SetRulePlacement}.
 */
public final class TimetableConstraints implements ConstraintProvider {

    // Shared function instances: Bavet shares stream nodes built from identical functions.
    private static final WeekLoadCollector RESOURCE_LOAD = new WeekLoadCollector();
    private static final WeekLoadCollector ROOM_LOAD = new WeekLoadCollector();
    private static final SetRulePlacementCollector PLACEMENT = new SetRulePlacementCollector();
    private static final Function<LessonBlock, Iterable<ResourceUse>> USES = LessonBlock::uses;
    private static final java.util.function.Predicate<LessonBlock> PLACED = LessonBlock::isPlaced;
    private static final Function<Booked, Integer> BOOKED_RESOURCE = Booked::resource;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        List<Constraint> all = new ArrayList<>(List.of(
                teacherOrPupilsDoubleBooked(f), roomDoubleBooked(f), lessonOutsideAllowedTimes(f),
                lessonOutsideWishedTimes(f), roomNotAllowed(f), roomNotWished(f)));
        for (Level level : Level.values()) {
            all.addAll(List.of(roomClosed(f, level),
                    maxHoursDaily(f, level), minHoursDaily(f, level), maxHoursContinuously(f, level),
                    maxGapsPerDay(f, level), maxGapsPerWeek(f, level), maxDaysPerWeek(f, level),
                    minDaysPerWeek(f, level), intervalMaxDaysPerWeek(f, level), earlyMaxBeginningsAtSecondHour(f, level),
                    minDaysBetween(f, level), maxDaysBetween(f, level), consecutive(f, level), ordered(f, level),
                    grouped(f, level), sameStartingTime(f, level), sameDay(f, level), sameStartingPeriod(f, level),
                    notOverlapping(f, level), endsStudentsDay(f, level), minGapsBetween(f, level),
                    maxDifferentRooms(f, level), maxBuildingChangesPerDay(f, level), maxBuildingChangesPerWeek(f, level),
                    minGapsBetweenBuildingChanges(f, level), sameRoomIfConsecutive(f, level),
                    maxOccupiedSlots(f, level), maxSimultaneousInSlots(f, level), maxSpanPerDay(f, level),
                    minRestingHours(f, level), orderedIfSameDay(f, level),
                    minGapsBetweenTags(f, level)));
        }
        return all.toArray(Constraint[]::new);
    }

    // ---- shared streams

    /** Each resource's week (teachers, subgroup classes, tagged views), counted incrementally. */
    static UniConstraintStream<WeekLoad> resourceWeeks(ConstraintFactory f) {
        return placedBlocks(f)
                .flatten(USES)
                .map(TimetableConstraints::booked)
                .groupBy(BOOKED_RESOURCE, RESOURCE_LOAD)
                .map((resource, load) -> load);
    }

    private static Booked booked(LessonBlock block, ResourceUse use) {
        return new Booked(use.resource(), use.clashChecked(), block.day(), use.periodMask() << block.period(), use.weekMask());
    }

    /** Blocks with a start (during construction some have none yet). */
    static UniConstraintStream<LessonBlock> placedBlocks(ConstraintFactory f) {
        return f.forEach(LessonBlock.class).filter(PLACED);
    }

    /**
     * Every set rule with its members' current starts. Built once and shared by all set-rule constraints, so a
     * moved block goes through one join, not one per kind of rule.
     */
    static UniConstraintStream<SetRulePlacement> placements(ConstraintFactory f) {
        return f.forEach(SetRuleMember.class)
                .join(placedBlocks(f), equal(SetRuleMember::block, LessonBlock::index))
                .groupBy((member, block) -> member.rule(), PLACEMENT)
                .map((rule, placement) -> placement)
                .filter(SetRulePlacement::complete);
    }

    /** Every resource with per-resource rules, and its week; shared like {@link #placements}. */
    static BiConstraintStream<ResourceRules, WeekLoad> ruleWeeks(ConstraintFactory f) {
        return f.forEach(ResourceRules.class)
                .join(resourceWeeks(f), equal(ResourceRules::resource, WeekLoad::resource));
    }

    /** Booked rooms with their block's time; shared by room clashes and closings. */
    static BiConstraintStream<RoomBooking, LessonBlock> roomsInTime(ConstraintFactory f) {
        return f.forEach(RoomBooking.class)
                .filter(b -> b.getRoom() != null)
                .join(placedBlocks(f), equal(b -> b.block().index(), LessonBlock::index));
    }

    private static Constraint perResource(ConstraintFactory f, ResourceRule.Kind kind, Level level, String name,
            ViolationCounter counter) {
        return ruleWeeks(f)
                .filter((rules, load) -> rules.has(kind, level) && rules.cost(kind, level, counter, load) > 0)
                .penalize(level.unit(), (rules, load) -> rules.cost(kind, level, counter, load))
                .asConstraint(level.label(name));
    }

    private static long maxSpanCost(ResourceRules rules, Level level, WeekLoad load) {
        return rules.cost(ResourceRule.Kind.MAX_SPAN_PER_DAY, level, ResourceCounts::maxSpanPerDay, load)
                + rules.cost(ResourceRule.Kind.MAX_SPAN_PER_DAY_ONE_OVER, level, ResourceCounts::maxSpanPerDay, load);
    }

    @FunctionalInterface
    interface ViolationCounter {
        int violations(ResourceRule rule, WeekLoad load);
    }

    private static Constraint perSet(ConstraintFactory f, SetRule.Kind kind, Level level, String name,
            java.util.function.ToIntFunction<SetRulePlacement> counter) {
        return placements(f)
                .filter(p -> p.rule().kind() == kind && p.rule().level() == level && counter.applyAsInt(p) > 0)
                .penalize(level.unit(), p -> p.rule().cost(counter.applyAsInt(p)))
                .asConstraint(level.label(name));
    }

    // ---- implicit rules

    /** A teacher or a subgroup of pupils can only be in one lesson at a time. */
    Constraint teacherOrPupilsDoubleBooked(ConstraintFactory f) {
        return resourceWeeks(f)
                .filter(load -> load.clashChecked() && load.clashes() > 0)
                .penalize(Level.HARD.unit(), WeekLoad::clashes)
                .asConstraint("Teacher or pupils double-booked");
    }

    /** A room hosts one lesson at a time. */
    Constraint roomDoubleBooked(ConstraintFactory f) {
        return roomsInTime(f)
                .map((b, block) -> new Booked(b.getRoom().index(), true, block.day(), b.periodMask() << block.period(),
                        b.weekMask()))
                .groupBy(BOOKED_RESOURCE, ROOM_LOAD)
                .filter((room, load) -> load.clashes() > 0)
                .penalize(Level.HARD.unit(), (room, load) -> load.clashes())
                .asConstraint("Room double-booked");
    }

    /** Hard time windows the value range could not honour (only when the rules contradict each other). */
    Constraint lessonOutsideAllowedTimes(ConstraintFactory f) {
        return f.forEach(LessonBlock.class)
                .filter(b -> b.hardTimePenalty() > 0)
                .penalize(Level.HARD.unit(), LessonBlock::hardTimePenalty)
                .asConstraint("Lesson outside allowed times");
    }

    /** Soft unavailability, preferred starts and preferred slots, weighted. */
    Constraint lessonOutsideWishedTimes(ConstraintFactory f) {
        return f.forEach(LessonBlock.class)
                .filter(b -> b.softTimePenalty() > 0)
                .penalize(Level.SOFT.unit(), LessonBlock::softTimePenalty)
                .asConstraint("Lesson outside wished times");
    }

    /** A lesson needing a room has none, or one outside its hard room rules. */
    Constraint roomNotAllowed(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(RoomBooking.class)
                .filter(b -> b.hardRoomPenalty() > 0)
                .penalize(Level.HARD.unit(), RoomBooking::hardRoomPenalty)
                .asConstraint("Room not allowed");
    }

    /** Soft preferred rooms and home rooms, weighted. */
    Constraint roomNotWished(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(RoomBooking.class)
                .filter(b -> b.softRoomPenalty() > 0)
                .penalize(Level.SOFT.unit(), RoomBooking::softRoomPenalty)
                .asConstraint("Room not wished");
    }

    /** A room is used while it is closed (counted per period). */
    Constraint roomClosed(ConstraintFactory f, Level level) {
        return roomsInTime(f)
                .filter((b, block) -> level == Level.HARD ? b.calendar().hardViolations(b.getRoom().index(), block.day(),
                        b.periodMask() << block.period()) > 0 : b.calendar().softCost(b.getRoom().index(), block.day(),
                        b.periodMask() << block.period()) > 0)
                .penalize(level.unit(), (b, block) -> level == Level.HARD
                        ? b.calendar().hardViolations(b.getRoom().index(), block.day(), b.periodMask() << block.period())
                        : b.calendar().softCost(b.getRoom().index(), block.day(), b.periodMask() << block.period()))
                .asConstraint(level.label("Room closed"));
    }

    /** Lessons sharing a "max different rooms" rule spread over too many rooms (placed lessons with a room count). */
    Constraint maxDifferentRooms(ConstraintFactory f, Level level) {
        return roomsInTime(f)
                .join(f.forEach(MaxRoomsMember.class).filter(m -> m.rule().level() == level),
                        equal((booking, block) -> booking.lesson(), MaxRoomsMember::lesson))
                .groupBy((booking, block, member) -> member.rule(),
                        ConstraintCollectors.countDistinct((booking, block, member) -> booking.getRoom()))
                .filter((rule, rooms) -> rooms > rule.max())
                .penalize(level.unit(), (rule, rooms) -> rule.cost())
                .asConstraint(level.label("Max different rooms"));
    }

    /** Two lessons of the rule back to back on one day, in two different rooms. */
    Constraint sameRoomIfConsecutive(ConstraintFactory f, Level level) {
        return f.forEach(RoomPairRule.class)
                .filter(rule -> rule.level() == level)
                .join(f.forEach(RoomBooking.class).filter(b -> b.getRoom() != null), equal(RoomPairRule::firstLesson, RoomBooking::lesson))
                .join(f.forEach(RoomBooking.class).filter(b -> b.getRoom() != null),
                        equal((rule, first) -> rule.secondLesson(), RoomBooking::lesson))
                .filter((rule, first, second) -> !first.getRoom().equals(second.getRoom()))
                .join(placedBlocks(f), equal((rule, first, second) -> rule.firstBlock(), LessonBlock::index))
                .ifExists(placedBlocks(f), Joiners.equal((rule, first, second, block) -> rule.secondBlock(), LessonBlock::index),
                        Joiners.filtering((rule, first, second, block, other) -> rule.backToBack(block, other)))
                .penalize(level.unit(), (rule, first, second, block) -> rule.cost())
                .asConstraint(level.label("Same room if consecutive"));
    }

    Constraint maxBuildingChangesPerDay(ConstraintFactory f, Level level) {
        return buildingRule(f, BuildingRule.Kind.MAX_CHANGES_PER_DAY, level, "Max building changes per day");
    }

    Constraint maxBuildingChangesPerWeek(ConstraintFactory f, Level level) {
        return buildingRule(f, BuildingRule.Kind.MAX_CHANGES_PER_WEEK, level, "Max building changes per week");
    }

    Constraint minGapsBetweenBuildingChanges(ConstraintFactory f, Level level) {
        return buildingRule(f, BuildingRule.Kind.MIN_GAPS_BETWEEN_CHANGES, level, "Min gaps between building changes");
    }

    /** The rooms of a teacher's or subgroup's placed lessons, gathered per building rule and judged together. */
    private static Constraint buildingRule(ConstraintFactory f, BuildingRule.Kind kind, Level level, String name) {
        return roomsInTime(f)
                .join(f.forEach(BuildingMember.class).filter(m -> m.rule().kind() == kind && m.rule().level() == level),
                        equal((booking, block) -> booking.lesson(), BuildingMember::lesson))
                .groupBy((booking, block, member) -> member.rule(), ConstraintCollectors.toList(
                        (booking, block, member) -> new RoomVisit(block.day(), block.period(), member.duration(),
                                booking.getRoom().index(), member.weeks())))
                .filter((rule, visits) -> rule.violations(visits) > 0)
                .penalize(level.unit(), (rule, visits) -> rule.cost(rule.violations(visits)))
                .asConstraint(level.label(name));
    }

    // ---- per-resource rules

    Constraint maxHoursDaily(ConstraintFactory f, Level level) {
        return perResource(f, ResourceRule.Kind.MAX_HOURS_DAILY, level, "Max hours daily", ResourceCounts::maxHoursDaily);
    }

    Constraint minHoursDaily(ConstraintFactory f, Level level) {
        return perResource(f, ResourceRule.Kind.MIN_HOURS_DAILY, level, "Min hours daily", ResourceCounts::minHoursDaily);
    }

    Constraint maxHoursContinuously(ConstraintFactory f, Level level) {
        return perResource(f, ResourceRule.Kind.MAX_HOURS_CONTINUOUSLY, level, "Max hours continuously",
                ResourceCounts::maxHoursContinuously);
    }

    Constraint maxGapsPerDay(ConstraintFactory f, Level level) {
        return perResource(f, ResourceRule.Kind.MAX_GAPS_PER_DAY, level, "Max gaps per day", ResourceCounts::maxGapsPerDay);
    }

    Constraint maxGapsPerWeek(ConstraintFactory f, Level level) {
        return perResource(f, ResourceRule.Kind.MAX_GAPS_PER_WEEK, level, "Max gaps per week", ResourceCounts::maxGapsPerWeek);
    }

    Constraint maxDaysPerWeek(ConstraintFactory f, Level level) {
        return perResource(f, ResourceRule.Kind.MAX_DAYS_PER_WEEK, level, "Max days per week", ResourceCounts::maxDaysPerWeek);
    }

    Constraint minDaysPerWeek(ConstraintFactory f, Level level) {
        return perResource(f, ResourceRule.Kind.MIN_DAYS_PER_WEEK, level, "Min days per week", ResourceCounts::minDaysPerWeek);
    }

    Constraint intervalMaxDaysPerWeek(ConstraintFactory f, Level level) {
        return perResource(f, ResourceRule.Kind.INTERVAL_MAX_DAYS_PER_WEEK, level, "Interval max days per week",
                ResourceCounts::intervalMaxDaysPerWeek);
    }

    Constraint earlyMaxBeginningsAtSecondHour(ConstraintFactory f, Level level) {
        return perResource(f, ResourceRule.Kind.EARLY_MAX_BEGINNINGS_AT_SECOND_HOUR, level,
                "Early max beginnings at second hour", ResourceCounts::earlyMaxBeginningsAtSecondHour);
    }

    /** From the first to the last lesson of a day, at most so many periods (one day one over may be allowed). */
    Constraint maxSpanPerDay(ConstraintFactory f, Level level) {
        return ruleWeeks(f)
                .filter((rules, load) -> (rules.has(ResourceRule.Kind.MAX_SPAN_PER_DAY, level)
                        || rules.has(ResourceRule.Kind.MAX_SPAN_PER_DAY_ONE_OVER, level)) && maxSpanCost(rules, level, load) > 0)
                .penalize(level.unit(), (rules, load) -> maxSpanCost(rules, level, load))
                .asConstraint(level.label("Max span per day"));
    }

    /** Free periods between the last lesson of a day and the first of the next. */
    Constraint minRestingHours(ConstraintFactory f, Level level) {
        return f.forEach(RestRule.class)
                .filter(rule -> rule.level() == level)
                .join(resourceWeeks(f), equal(RestRule::resource, WeekLoad::resource))
                .filter((rule, load) -> rule.violations(load) > 0)
                .penalize(level.unit(), (rule, load) -> rule.cost(rule.violations(load)))
                .asConstraint(level.label("Min resting hours"));
    }

    /** The lesson is the last of its pupils' day: nothing of theirs after its end. */
    Constraint endsStudentsDay(ConstraintFactory f, Level level) {
        return endsDayChecks(f)
                .filter((rule, block, load) -> rule.level() == level && laterPeriods(rule, block, load) > 0)
                .penalize(level.unit(), (rule, block, load) -> rule.cost(laterPeriods(rule, block, load)))
                .asConstraint(level.label("Ends students day"));
    }

    static TriConstraintStream<EndsDayRule, LessonBlock, WeekLoad> endsDayChecks(ConstraintFactory f) {
        return f.forEach(EndsDayRule.class)
                .join(placedBlocks(f), equal(EndsDayRule::block, LessonBlock::index))
                .join(resourceWeeks(f), equal((rule, block) -> rule.resource(), WeekLoad::resource));
    }

    private static int laterPeriods(EndsDayRule rule, LessonBlock block, WeekLoad load) {
        int end = block.period() + rule.duration();
        return end >= 64 ? 0 : Long.bitCount(load.day(block.day()) & (-1L << end));
    }

    // ---- rules over a few lessons

    Constraint minDaysBetween(ConstraintFactory f, Level level) {
        return perSet(f, SetRule.Kind.MIN_DAYS_BETWEEN, level, "Min days between lessons", SetCounts::minDaysBetween);
    }

    Constraint maxDaysBetween(ConstraintFactory f, Level level) {
        return perSet(f, SetRule.Kind.MAX_DAYS_BETWEEN, level, "Max days between lessons", SetCounts::maxDaysBetween);
    }

    Constraint consecutive(ConstraintFactory f, Level level) {
        return perSet(f, SetRule.Kind.CONSECUTIVE, level, "Consecutive lessons", SetCounts::consecutive);
    }

    Constraint ordered(ConstraintFactory f, Level level) {
        return perSet(f, SetRule.Kind.ORDERED, level, "Ordered lessons", SetCounts::ordered);
    }

    Constraint grouped(ConstraintFactory f, Level level) {
        return perSet(f, SetRule.Kind.GROUPED, level, "Grouped lessons", SetCounts::grouped);
    }

    Constraint sameStartingTime(ConstraintFactory f, Level level) {
        return perSet(f, SetRule.Kind.SAME_STARTING_TIME, level, "Same starting time", SetCounts::sameStartingTime);
    }

    Constraint sameDay(ConstraintFactory f, Level level) {
        return perSet(f, SetRule.Kind.SAME_DAY, level, "Same day", SetCounts::sameDay);
    }

    Constraint sameStartingPeriod(ConstraintFactory f, Level level) {
        return perSet(f, SetRule.Kind.SAME_STARTING_PERIOD, level, "Same starting period", SetCounts::sameStartingPeriod);
    }

    Constraint minGapsBetween(ConstraintFactory f, Level level) {
        return perSet(f, SetRule.Kind.MIN_GAPS_BETWEEN, level, "Min gaps between lessons", SetCounts::minGapsBetween);
    }

    Constraint orderedIfSameDay(ConstraintFactory f, Level level) {
        return perSet(f, SetRule.Kind.ORDERED_IF_SAME_DAY, level, "Ordered if same day", SetCounts::orderedIfSameDay);
    }

    /** A lesson with the second tag too soon after one with the first tag, the same day. */
    Constraint minGapsBetweenTags(ConstraintFactory f, Level level) {
        return perSet(f, SetRule.Kind.MIN_GAPS_BETWEEN_TAGS, level, "Min gaps between tags", SetCounts::minGapsBetweenTags);
    }

    Constraint maxOccupiedSlots(ConstraintFactory f, Level level) {
        return slotSelection(f, SlotSelectionRule.Kind.MAX_OCCUPIED, level, "Max occupied slots from selection");
    }

    Constraint maxSimultaneousInSlots(ConstraintFactory f, Level level) {
        return slotSelection(f, SlotSelectionRule.Kind.MAX_SIMULTANEOUS, level, "Max simultaneous in selected slots");
    }

    /** The placed lessons of a slot-selection rule, gathered and judged together. */
    private static Constraint slotSelection(ConstraintFactory f, SlotSelectionRule.Kind kind, Level level, String name) {
        return f.forEach(SlotSelectionMember.class)
                .filter(m -> m.rule().kind() == kind && m.rule().level() == level)
                .join(placedBlocks(f), equal(SlotSelectionMember::block, LessonBlock::index))
                .groupBy((member, block) -> member.rule(), ConstraintCollectors.toList(
                        (member, block) -> new PlacedLesson(block.day(), block.period(), member.duration())))
                .filter((rule, lessons) -> rule.violations(lessons) > 0)
                .penalize(level.unit(), (rule, lessons) -> rule.cost(rule.violations(lessons)))
                .asConstraint(level.label(name));
    }

    Constraint notOverlapping(ConstraintFactory f, Level level) {
        return perSet(f, SetRule.Kind.NOT_OVERLAPPING, level, "Not overlapping", SetCounts::notOverlapping);
    }
}

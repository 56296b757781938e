package org.preau.engine.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.preau.engine.model.Constraint;
import org.preau.engine.model.Constraint.*;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.Weight;

/** Turns per-resource rules and rules over a few lessons into the facts the constraint provider joins. */
final class RuleBuilder {

    private final ProblemCompiler c;
    private final BlockBuilder blocks;
    private final TimeWindows windows;
    private final List<ResourceRule> resourceRules = new ArrayList<>();
    private final List<SetRuleMember> members = new ArrayList<>();
    private final List<EndsDayRule> endsDayRules = new ArrayList<>();
    private final List<MaxRoomsMember> maxRoomsMembers = new ArrayList<>();
    private final List<RoomPairRule> roomPairRules = new ArrayList<>();
    private final List<SlotSelectionMember> slotSelectionMembers = new ArrayList<>();
    private final List<RestRule> restRules = new ArrayList<>();
    private final Map<String, Integer> taggedResources = new HashMap<>();
    private int nextResource;

    RuleBuilder(ProblemCompiler c, BlockBuilder blocks, TimeWindows windows) {
        this.c = c;
        this.blocks = blocks;
        this.windows = windows;
        this.nextResource = c.resourceCount;
        for (Constraint constraint : c.constraints()) {
            switch (constraint) {
                case MaxHoursDaily r -> perResource(ResourceRule.Kind.MAX_HOURS_DAILY, r.resource(), r.tag(), r.max(), 0, 0, false, r.weight());
                case MinHoursDaily r -> perResource(ResourceRule.Kind.MIN_HOURS_DAILY, r.resource(), "", r.min(), 0, 0,
                        r.allowEmptyDays(), r.weight());
                case MaxHoursContinuously r -> perResource(ResourceRule.Kind.MAX_HOURS_CONTINUOUSLY, r.resource(), r.tag(),
                        r.max(), 0, 0, false, r.weight());
                case MaxGapsPerDay r -> perResource(ResourceRule.Kind.MAX_GAPS_PER_DAY, r.resource(), "", r.max(), 0, 0, false, r.weight());
                case MaxGapsPerWeek r -> perResource(ResourceRule.Kind.MAX_GAPS_PER_WEEK, r.resource(), "", r.max(), 0, 0, false, r.weight());
                case MaxDaysPerWeek r -> perResource(ResourceRule.Kind.MAX_DAYS_PER_WEEK, r.resource(), "", r.max(), 0, 0, false, r.weight());
                case MinDaysPerWeek r -> perResource(ResourceRule.Kind.MIN_DAYS_PER_WEEK, r.resource(), "", r.min(), 0, 0, false, r.weight());
                case IntervalMaxDaysPerWeek r -> perResource(ResourceRule.Kind.INTERVAL_MAX_DAYS_PER_WEEK, r.resource(), "",
                        r.max(), r.fromPeriod(), r.toPeriod(), false, r.weight());
                case EarlyMaxBeginningsAtSecondHour r -> perResource(ResourceRule.Kind.EARLY_MAX_BEGINNINGS_AT_SECOND_HOUR,
                        r.resource(), "", r.max(), 0, 0, false, r.weight());
                case MinDaysBetween r -> set(SetRule.Kind.MIN_DAYS_BETWEEN, r.lessonIds(), r.minDays(), r.consecutiveIfSameDay(), r.weight());
                case MaxDaysBetween r -> set(SetRule.Kind.MAX_DAYS_BETWEEN, r.lessonIds(), r.maxDays(), false, r.weight());
                case Consecutive r -> set(SetRule.Kind.CONSECUTIVE, List.of(r.first(), r.second()), 0, false, r.weight());
                case Ordered r -> set(SetRule.Kind.ORDERED, List.of(r.first(), r.second()), 0, false, r.weight());
                case Grouped r -> set(SetRule.Kind.GROUPED, r.lessonIds(), 0, false, r.weight());
                case SameStartingTime r -> {
                    if (!r.weight().isHard()) { // hard ones are blocks already
                        set(SetRule.Kind.SAME_STARTING_TIME, r.lessonIds(), 0, false, r.weight());
                    }
                }
                case SameDay r -> set(SetRule.Kind.SAME_DAY, r.lessonIds(), 0, false, r.weight());
                case SameStartingPeriod r -> set(SetRule.Kind.SAME_STARTING_PERIOD, r.lessonIds(), 0, false, r.weight());
                case NotOverlapping r -> set(SetRule.Kind.NOT_OVERLAPPING, r.lessonIds(), 0, false, r.weight());
                case EndsStudentsDay r -> endsDay(r);
                case MaxDifferentRooms r -> {
                    MaxRoomsRule rule = new MaxRoomsRule(r.max(), ProblemCompiler.level(r.weight()), ProblemCompiler.softWeight(r.weight()));
                    r.lessonIds().stream().distinct().forEach(id -> maxRoomsMembers.add(new MaxRoomsMember(rule, c.lesson(id))));
                }
                case SameRoomIfConsecutive r -> sameRoomPairs(r);
                case MaxSpanPerDay r -> perResource(r.oneDayPlusOne() ? ResourceRule.Kind.MAX_SPAN_PER_DAY_ONE_OVER
                        : ResourceRule.Kind.MAX_SPAN_PER_DAY, r.resource(), "", r.max(), 0, 0, false, r.weight());
                case MinGapsBetweenTags r -> tagGaps(r);
                case MinRestingHours r -> {
                    for (int resource : baseResources(r.resource())) {
                        restRules.add(new RestRule(resource, r.min(), r.circular(), c.days, c.periods,
                                ProblemCompiler.level(r.weight()), ProblemCompiler.softWeight(r.weight())));
                    }
                }
                case MaxOccupiedSlots r -> slotSelection(SlotSelectionRule.Kind.MAX_OCCUPIED, r.lessonIds(), r.slots(), r.max(), r.weight());
                case MaxSimultaneousInSlots r -> slotSelection(SlotSelectionRule.Kind.MAX_SIMULTANEOUS, r.lessonIds(), r.slots(), r.max(),
                        r.weight());
                case OrderedIfSameDay r -> set(SetRule.Kind.ORDERED_IF_SAME_DAY, List.of(r.first(), r.second()), 0, false, r.weight());
                case MinGapsBetween r -> eachPair(SetRule.Kind.MIN_GAPS_BETWEEN, r.lessonIds(), r.minGaps(), r.weight());
                default -> {
                }
            }
        }
    }

    private void perResource(ResourceRule.Kind kind, ResourceRef ref, String tag, int limit, int from, int to,
            boolean allowEmptyDays, Weight weight) {
        Level level = ProblemCompiler.level(weight);
        long soft = ProblemCompiler.softWeight(weight);
        switch (ref.kind()) {
            case TEACHER -> {
                int t = ProblemCompiler.require(c.teacherIndex, ref.id(), "teacher");
                int resource = tag.isEmpty() ? t : tagged(t, tag);
                resourceRules.add(new ResourceRule(kind, resource, limit, from, to, allowEmptyDays,
                        blocksNotGaps(t, true), level, soft));
            }
            case STUDENTS -> {
                for (int atom : c.atomsOf(ref.id())) {
                    int base = c.atomResource[atom];
                    if (base < 0) {
                        continue;
                    }
                    int resource = tag.isEmpty() ? base : tagged(base, tag);
                    resourceRules.add(new ResourceRule(kind, resource, limit, from, to, allowEmptyDays,
                            blocksNotGaps(atom, false), level, soft));
                }
            }
            case ROOM -> throw new InvalidProblemException(kind + " is not supported for rooms (" + ref.id() + ")");
        }
    }

    private long[] blocksNotGaps(int index, boolean teacher) {
        return (teacher ? windows.teacherNotGaps[index] : windows.atomNotGaps[index]).clone();
    }

    /** The tagged view of a base resource, created on first use, with the uses of the tagged lessons. */
    private int tagged(int base, String tag) {
        String key = base + "\u0000" + tag;
        Integer known = taggedResources.get(key);
        if (known != null) {
            return known;
        }
        int resource = nextResource++;
        taggedResources.put(key, resource);
        for (int l = 0; l < c.lessons.size(); l++) {
            if (c.lessons.get(l).tags().contains(tag) && ProblemCompiler.contains(c.resourcesOf(l), base)) {
                blocks.addTaggedUse(l, resource);
            }
        }
        return resource;
    }

    private void set(SetRule.Kind kind, List<String> lessonIds, int param, boolean flag, Weight weight) {
        if (lessonIds.size() >= 2) {
            set(kind, lessonIds.stream().mapToInt(c::lesson).toArray(), param, flag, 0, weight);
        }
    }

    private void set(SetRule.Kind kind, int[] lessons, int param, boolean flag, int leading, Weight weight) {
        int[] durations = Arrays.stream(lessons).map(l -> c.lessons.get(l).duration()).toArray();
        SetRule rule = new SetRule(kind, durations, param, flag, leading, ProblemCompiler.level(weight),
                ProblemCompiler.softWeight(weight));
        for (int i = 0; i < lessons.length; i++) {
            members.add(new SetRuleMember(rule, i, blocks.blockOf(lessons[i]).index()));
        }
    }

    private void endsDay(EndsStudentsDay rule) {
        for (String id : rule.lessonIds()) {
            int l = c.lesson(id);
            Arrays.stream(c.lessonAtoms[l]).map(a -> c.atomResource[a]).distinct().forEach(resource ->
                    endsDayRules.add(new EndsDayRule(blocks.blockOf(l).index(), c.lessons.get(l).duration(), resource,
                            ProblemCompiler.level(rule.weight()), ProblemCompiler.softWeight(rule.weight()))));
        }
    }

    /** One two-lesson rule per pair of lessons; the first of a pair is the one named later, as FET reads its pairs. */
    private void eachPair(SetRule.Kind kind, List<String> lessonIds, int param, Weight weight) {
        int[] lessons = lessonIds.stream().mapToInt(c::lesson).toArray();
        for (int i = 1; i < lessons.length; i++) {
            for (int j = 0; j < i; j++) {
                set(kind, new int[] {lessons[i], lessons[j]}, param, false, 0, weight);
            }
        }
    }

    private void sameRoomPairs(SameRoomIfConsecutive r) {
        int[] lessons = r.lessonIds().stream().mapToInt(c::lesson).toArray();
        for (int i = 0; i < lessons.length; i++) {
            for (int j = i + 1; j < lessons.length; j++) {
                int a = lessons[i];
                int b = lessons[j];
                roomPairRules.add(new RoomPairRule(a, blocks.blockOf(a).index(), c.lessons.get(a).duration(), b,
                        blocks.blockOf(b).index(), c.lessons.get(b).duration(), ProblemCompiler.level(r.weight()),
                        ProblemCompiler.softWeight(r.weight())));
            }
        }
    }

    private void slotSelection(SlotSelectionRule.Kind kind, List<String> lessonIds, java.util.Set<org.preau.engine.model.Slot> slots,
            int limit, Weight weight) {
        boolean[] selected = new boolean[c.slotCount];
        slots.forEach(slot -> selected[c.slot(slot)] = true);
        SlotSelectionRule rule = new SlotSelectionRule(kind, selected, limit, c.periods, ProblemCompiler.level(weight),
                ProblemCompiler.softWeight(weight));
        for (String id : lessonIds.stream().distinct().toList()) {
            int l = c.lesson(id);
            slotSelectionMembers.add(new SlotSelectionMember(rule, l, blocks.blockOf(l).index(), c.lessons.get(l).duration()));
        }
    }

    /** The teacher's resource, or the class of each subgroup of the set (one per subgroup, as FET counts). */
    private List<Integer> baseResources(ResourceRef ref) {
        return switch (ref.kind()) {
            case TEACHER -> List.of(ProblemCompiler.require(c.teacherIndex, ref.id(), "teacher"));
            case STUDENTS -> Arrays.stream(c.atomsOf(ref.id())).map(a -> c.atomResource[a]).filter(r -> r >= 0).boxed().toList();
            case ROOM -> throw new InvalidProblemException("this rule is about teachers or pupils, not room " + ref.id());
        };
    }

    /** One rule per teacher or subgroup, with its lessons carrying either tag. */
    private void tagGaps(MinGapsBetweenTags r) {
        List<int[]> owners = switch (r.resource().kind()) { // each: the lessons' resource index to look for, teacher or atom
            case TEACHER -> List.<int[]>of(new int[] {0, ProblemCompiler.require(c.teacherIndex, r.resource().id(), "teacher")});
            case STUDENTS -> Arrays.stream(c.atomsOf(r.resource().id())).mapToObj(a -> new int[] {1, a}).toList();
            case ROOM -> throw new InvalidProblemException("this rule is about teachers or pupils, not room " + r.resource().id());
        };
        for (int[] owner : owners) {
            List<Integer> first = new ArrayList<>();
            List<Integer> second = new ArrayList<>();
            for (int l = 0; l < c.lessons.size(); l++) {
                boolean attends = owner[0] == 0 ? ProblemCompiler.contains(c.lessonTeachers[l], owner[1])
                        : ProblemCompiler.contains(c.lessonAtoms[l], owner[1]);
                var tags = c.lessons.get(l).tags();
                if (attends && tags.contains(r.firstTag())) { // the first tag wins, as in FET
                    first.add(l);
                } else if (attends && tags.contains(r.secondTag())) {
                    second.add(l);
                }
            }
            if (!first.isEmpty() && !second.isEmpty()) {
                int[] lessons = java.util.stream.Stream.concat(first.stream(), second.stream()).mapToInt(Integer::intValue).toArray();
                set(SetRule.Kind.MIN_GAPS_BETWEEN_TAGS, lessons, r.minGaps(), false, first.size(), r.weight());
            }
        }
    }

    List<RestRule> restRules() {
        return restRules;
    }

    List<SlotSelectionMember> slotSelectionMembers() {
        return slotSelectionMembers;
    }

    List<RoomPairRule> roomPairRules() {
        return roomPairRules;
    }

    List<MaxRoomsMember> maxRoomsMembers() {
        return maxRoomsMembers;
    }

    List<ResourceRule> resourceRules() {
        return resourceRules;
    }

    List<SetRuleMember> setRuleMembers() {
        return members;
    }

    List<EndsDayRule> endsDayRules() {
        return endsDayRules;
    }
}

package org.preau.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.preau.engine.model.Constraint.*;
import org.preau.engine.model.Lesson;
import org.preau.engine.model.ResourceRef;
import org.preau.engine.model.RoomRequirement;
import org.preau.engine.model.Slot;
import org.preau.engine.model.WeekPattern;
import org.preau.engine.model.Weight;
import org.preau.engine.testing.TinySchool;

/** Each constraint type of the model, holding and broken, with its count and weight. */
class ConstraintRulesTest {

    private static final Weight SOFT = Weight.soft(95);
    private static final ResourceRef MARTIN = ResourceRef.teacher("MARTIN");
    private static final ResourceRef PUPILS_4EA = ResourceRef.students("4eA");

    private static TinySchool twoLessons() {
        return new TinySchool().withoutBreaks().lesson("L1", "MARTIN", "4eA", 1).lesson("L2", "MARTIN", "4eA", 1);
    }

    private static CheckReport check(TinySchool school) {
        return TimetableChecker.check(school.timetable());
    }

    private static void assertBroken(TinySchool school, String kind, int count) {
        CheckReport report = check(school);
        assertThat(report.violations()).extracting(Violation::kind).containsOnly(kind);
        assertThat(report.violations().stream().mapToInt(Violation::count).sum()).isEqualTo(count);
    }

    private static void assertHolds(TinySchool school) {
        assertThat(check(school).violations()).isEmpty();
    }

    @Test
    void unavailableTeacher() {
        var rule = new Unavailable(MARTIN, Set.of(new Slot(0, 0)), Weight.HARD);
        assertHolds(twoLessons().with(rule).at("L1", 0, 1).at("L2", 1, 0));
        assertBroken(twoLessons().with(rule).at("L1", 0, 0).at("L2", 1, 0), "Unavailable", 1);
    }

    @Test
    void unavailablePupilsCountEachLessonOnce() {
        var rule = new Unavailable(ResourceRef.students("4e"), Set.of(new Slot(0, 0), new Slot(0, 1)), SOFT);
        var school = new TinySchool().lesson("L1", "MARTIN", "4eA1", 2).with(rule).at("L1", 0, 0);
        assertBroken(school, "Unavailable", 1);
        assertThat(check(school).softPenalty()).isEqualTo(95);
        assertThat(check(school).feasible()).isTrue();
    }

    @Test
    void closedRoomCountsEachPeriodUsed() {
        var rule = new Unavailable(ResourceRef.room("S2"), Set.of(new Slot(0, 0), new Slot(0, 1)), Weight.HARD);
        assertBroken(new TinySchool().lesson("L1", "MARTIN", "4eA", 2).with(rule).at("L1", 0, 0, "S2"), "Unavailable", 2);
        assertHolds(new TinySchool().lesson("L1", "MARTIN", "4eA", 2).with(rule).at("L1", 0, 0, "LABO"));
    }

    @Test
    void preferredStarts() {
        var rule = new PreferredStarts(List.of("L1"), Set.of(new Slot(2, 0)), SOFT);
        assertHolds(twoLessons().with(rule).at("L1", 2, 0).at("L2", 0, 0));
        assertBroken(twoLessons().with(rule).at("L1", 2, 1).at("L2", 0, 0), "PreferredStarts", 1);
    }

    @Test
    void preferredSlotsCoverTheWholeLessonAndCountEachPeriodOutside() {
        var rule = new PreferredSlots(List.of("L1"), Set.of(new Slot(0, 0), new Slot(0, 1)), Weight.HARD);
        assertHolds(new TinySchool().lesson("L1", "MARTIN", "4eA", 2).with(rule).at("L1", 0, 0));
        assertBroken(new TinySchool().lesson("L1", "MARTIN", "4eA", 2).with(rule).at("L1", 0, 1), "PreferredSlots", 1);
        // FET counts "on 2 hours" for a double lesson wholly outside its slots
        assertBroken(new TinySchool().lesson("L1", "MARTIN", "4eA", 2).with(rule).at("L1", 1, 0), "PreferredSlots", 2);
    }

    @Test
    void pinnedLessonInTimeAndRoom() {
        var rule = new Pinned("L1", new Slot(1, 1), "S2");
        assertHolds(new TinySchool().lesson("L1", "MARTIN", "4eA", 1).with(rule).at("L1", 1, 1, "S2"));
        assertBroken(new TinySchool().lesson("L1", "MARTIN", "4eA", 1).with(rule).at("L1", 1, 2, "LABO"), "Pinned", 2);
    }

    @Test
    void minDaysBetweenCountsMissingDaysAndConsecutiveIfSameDay() {
        var rule = new MinDaysBetween(List.of("L1", "L2"), 2, true, SOFT);
        assertHolds(twoLessons().with(rule).at("L1", 0, 0).at("L2", 2, 0));
        assertBroken(twoLessons().with(rule).at("L1", 0, 0).at("L2", 1, 0), "MinDaysBetween", 1);
        assertBroken(twoLessons().with(rule).at("L1", 0, 0).at("L2", 0, 1), "MinDaysBetween", 2);
        assertBroken(twoLessons().with(rule).at("L1", 0, 0).at("L2", 0, 2), "MinDaysBetween", 3);
    }

    @Test
    void maxDaysBetween() {
        var rule = new MaxDaysBetween(List.of("L1", "L2"), 1, Weight.HARD);
        assertHolds(twoLessons().with(rule).at("L1", 0, 0).at("L2", 1, 0));
        assertBroken(twoLessons().with(rule).at("L1", 0, 0).at("L2", 4, 0), "MaxDaysBetween", 3);
    }

    @Test
    void maxHoursDailyWithAndWithoutTag() {
        var rule = new MaxHoursDaily(PUPILS_4EA, 1, "", SOFT);
        assertHolds(twoLessons().with(rule).at("L1", 0, 0).at("L2", 1, 0));
        assertBroken(twoLessons().with(rule).at("L1", 0, 0).at("L2", 0, 1), "MaxHoursDaily", 2); // 4eA1 and 4eA2, as FET
        var tagged = new MaxHoursDaily(PUPILS_4EA, 1, "TP", SOFT);
        assertHolds(twoLessons().with(tagged).at("L1", 0, 0).at("L2", 0, 1));
    }

    @Test
    void softMaxHoursDailyCountsADayOverOnceAsFetAndHardEachPeriodOver() {
        assertBroken(threePeriodLesson().with(new MaxHoursDaily(MARTIN, 1, "", SOFT)).at("L1", 0, 0), "MaxHoursDaily", 1);
        assertBroken(threePeriodLesson().with(new MaxHoursDaily(MARTIN, 1, "", Weight.HARD)).at("L1", 0, 0), "MaxHoursDaily", 2);
    }

    @Test
    void softMaxHoursContinuouslyCountsEachRunTooLongAsFetAndHardThePeriodsOverTheLongest() {
        var school = new TinySchool().withoutBreaks().lesson("L1", "MARTIN", "4eA1", 2).lesson("L2", "MARTIN", "4eA1", 2);
        assertBroken(school.with(new MaxHoursContinuously(MARTIN, 1, "", SOFT)).at("L1", 0, 0).at("L2", 0, 3),
                "MaxHoursContinuously", 2);
        var hard = new TinySchool().withoutBreaks().lesson("L1", "MARTIN", "4eA1", 2).lesson("L2", "MARTIN", "4eA1", 2);
        assertBroken(hard.with(new MaxHoursContinuously(MARTIN, 1, "", Weight.HARD)).at("L1", 0, 0).at("L2", 0, 3),
                "MaxHoursContinuously", 1);
    }

    @Test
    void softMaxDaysPerWeekCountsThePeriodsOfTheLightestDaysAsFet() {
        // days of 3, 2 and 1 periods with at most 1 day: FET counts the 2 + 1 periods of the two lightest
        var school = new TinySchool().withoutBreaks().lesson("L1", "MARTIN", "4eA1", 3).lesson("L2", "MARTIN", "4eA1", 2)
                .lesson("L3", "MARTIN", "4eA1", 1);
        assertBroken(school.with(new MaxDaysPerWeek(MARTIN, 1, SOFT)).at("L1", 0, 0).at("L2", 1, 0).at("L3", 2, 0),
                "MaxDaysPerWeek", 3);
    }

    @Test
    void softEarlyBeginningsCountADayStartingAfterTheSecondHourOnceAsFet() {
        var school = new TinySchool().withoutBreaks().lesson("L1", "MARTIN", "4eA1", 1);
        assertBroken(school.with(new EarlyMaxBeginningsAtSecondHour(ResourceRef.students("4eA1"), 1, SOFT)).at("L1", 0, 3),
                "EarlyMaxBeginningsAtSecondHour", 1);
    }

    private static TinySchool threePeriodLesson() {
        return new TinySchool().withoutBreaks().lesson("L1", "MARTIN", "4eA1", 3);
    }

    @Test
    void minHoursDailyIgnoresEmptyDaysWhenAllowed() {
        var rule = new MinHoursDaily(MARTIN, 2, true, Weight.HARD);
        assertHolds(twoLessons().with(rule).at("L1", 0, 0).at("L2", 0, 3));
        assertBroken(twoLessons().with(rule).at("L1", 0, 0).at("L2", 1, 0), "MinHoursDaily", 2);
        var strict = new MinHoursDaily(MARTIN, 1, false, Weight.HARD);
        assertBroken(twoLessons().with(strict).at("L1", 0, 0).at("L2", 1, 0), "MinHoursDaily", 3);
    }

    @Test
    void maxHoursContinuously() {
        var rule = new MaxHoursContinuously(MARTIN, 1, "", SOFT);
        assertHolds(twoLessons().with(rule).at("L1", 0, 0).at("L2", 0, 2));
        assertBroken(twoLessons().with(rule).at("L1", 0, 0).at("L2", 0, 1), "MaxHoursContinuously", 1);
    }

    @Test
    void breaksAreNotGaps() {
        var rule = new MaxGapsPerDay(PUPILS_4EA, 0, Weight.HARD);
        var school = new TinySchool().lesson("L1", "MARTIN", "4eA", 1).lesson("L2", "MARTIN", "4eA", 1).with(rule);
        assertHolds(school.at("L1", 0, TinySchool.LUNCH - 1).at("L2", 0, TinySchool.LUNCH + 1));
    }

    @Test
    void maxGapsPerDayAndPerWeek() {
        var perDay = new MaxGapsPerDay(PUPILS_4EA, 1, SOFT);
        assertHolds(twoLessons().with(perDay).at("L1", 0, 0).at("L2", 0, 2));
        assertBroken(twoLessons().with(perDay).at("L1", 0, 0).at("L2", 0, 3), "MaxGapsPerDay", 2);
        var perWeek = new MaxGapsPerWeek(MARTIN, 0, SOFT);
        assertBroken(twoLessons().with(perWeek).at("L1", 0, 0).at("L2", 0, 3), "MaxGapsPerWeek", 2);
    }

    @Test
    void unavailableTimeIsNotAGap() {
        var school = twoLessons().with(new MaxGapsPerDay(MARTIN, 0, Weight.HARD))
                .with(new Unavailable(MARTIN, Set.of(new Slot(0, 1)), Weight.HARD));
        assertHolds(school.at("L1", 0, 0).at("L2", 0, 2));
    }

    @Test
    void maxAndMinDaysPerWeek() {
        assertHolds(twoLessons().with(new MaxDaysPerWeek(MARTIN, 1, Weight.HARD)).at("L1", 0, 0).at("L2", 0, 1));
        assertBroken(twoLessons().with(new MaxDaysPerWeek(MARTIN, 1, Weight.HARD)).at("L1", 0, 0).at("L2", 3, 1),
                "MaxDaysPerWeek", 1);
        assertHolds(twoLessons().with(new MinDaysPerWeek(MARTIN, 2, SOFT)).at("L1", 0, 0).at("L2", 3, 1));
        assertBroken(twoLessons().with(new MinDaysPerWeek(MARTIN, 2, SOFT)).at("L1", 0, 0).at("L2", 0, 1),
                "MinDaysPerWeek", 1);
    }

    @Test
    void intervalMaxDaysPerWeekCountsAfternoons() {
        var rule = new IntervalMaxDaysPerWeek(MARTIN, 5, 8, 1, SOFT);
        assertHolds(twoLessons().with(rule).at("L1", 0, 6).at("L2", 1, 0));
        assertBroken(twoLessons().with(rule).at("L1", 0, 6).at("L2", 1, 5), "IntervalMaxDaysPerWeek", 1);
    }

    @Test
    void maxSpanPerDayCountsDaysTooLongWithOneDayExceptionIfAllowed() {
        var rule = new MaxSpanPerDay(MARTIN, 3, false, Weight.HARD);
        assertHolds(martinsMonday("", "", "").with(new MaxSpanPerDay(MARTIN, 4, false, Weight.HARD))); // 8:00 to 11:55
        assertBroken(martinsMonday("", "", "").with(rule), "MaxSpanPerDay", 1);
        assertHolds(martinsMonday("", "", "").with(new MaxSpanPerDay(MARTIN, 3, true, SOFT)));
    }

    @Test
    void minRestingHoursCountsShortNightsAndTheWeekendWhenCircular() {
        // 8 periods a day: L1 on Monday at 8:00... 11:00; L4 on Tuesday at 8:00 leaves 4 free periods on Monday evening
        TinySchool school = martinsMonday("", "", "").lesson("L4", "MARTIN", "4eB", 1).at("L4", 1, 0);
        assertHolds(school.with(new MinRestingHours(MARTIN, 4, false, Weight.HARD)));
        TinySchool again = martinsMonday("", "", "").lesson("L4", "MARTIN", "4eB", 1).at("L4", 1, 0);
        assertBroken(again.with(new MinRestingHours(MARTIN, 5, false, SOFT)), "MinRestingHours", 1);
        TinySchool friday = new TinySchool().withoutBreaks().lesson("L1", "MARTIN", "4eA", 1).lesson("L2", "MARTIN", "4eA", 1)
                .at("L1", 4, 7).at("L2", 0, 0);
        assertBroken(friday.with(new MinRestingHours(MARTIN, 1, true, Weight.HARD)), "MinRestingHours", 1);
    }

    private static TinySchool taggedMonday(int lecture, int lab) {
        return new TinySchool().withoutBreaks()
                .add(new org.preau.engine.model.Lesson("LEC", "Physique", List.of("L"), List.of("MARTIN"), List.of("4eA"), 1,
                        org.preau.engine.model.RoomRequirement.NONE, org.preau.engine.model.WeekPattern.EVERY_WEEK, "", 0))
                .add(new org.preau.engine.model.Lesson("LAB", "Physique", List.of("TS"), List.of("DURAND"), List.of("4eA"), 1,
                        org.preau.engine.model.RoomRequirement.NONE, org.preau.engine.model.WeekPattern.EVERY_WEEK, "", 0))
                .at("LEC", 0, lecture).at("LAB", 0, lab);
    }

    @Test
    void minGapsBetweenTagsWantsTimeAfterTheFirstTagBeforeTheSecond() {
        var rule = new MinGapsBetweenTags(PUPILS_4EA, "L", "TS", 1, Weight.HARD);
        assertHolds(taggedMonday(0, 2).with(rule));
        assertHolds(taggedMonday(3, 2).with(rule)); // lab before the lecture: not this ordered pair
        assertBroken(taggedMonday(1, 2).with(rule), "MinGapsBetweenTags", 2); // once for each subgroup of 4eA, as FET
    }

    @Test
    void earlyMaxBeginningsAtSecondHour() {
        var rule = new EarlyMaxBeginningsAtSecondHour(PUPILS_4EA, 1, Weight.HARD);
        assertHolds(twoLessons().with(rule).at("L1", 0, 1).at("L2", 1, 0));
        assertBroken(twoLessons().with(rule).at("L1", 0, 1).at("L2", 1, 1), "EarlyMaxBeginningsAtSecondHour", 2);
        assertBroken(twoLessons().with(rule).at("L1", 0, 3).at("L2", 1, 0), "EarlyMaxBeginningsAtSecondHour", 4);
    }

    @Test
    void consecutiveAndOrdered() {
        assertHolds(twoLessons().with(new Consecutive("L1", "L2", Weight.HARD)).at("L1", 0, 0).at("L2", 0, 1));
        assertBroken(twoLessons().with(new Consecutive("L1", "L2", Weight.HARD)).at("L1", 0, 1).at("L2", 0, 0), "Consecutive", 1);
        assertHolds(twoLessons().with(new Ordered("L1", "L2", SOFT)).at("L1", 0, 3).at("L2", 1, 0));
        assertBroken(twoLessons().with(new Ordered("L1", "L2", SOFT)).at("L1", 1, 0).at("L2", 0, 3), "Ordered", 1);
    }

    @Test
    void orderedIfSameDayOnlyOrdersLessonsOfOneDay() {
        var rule = new OrderedIfSameDay("L1", "L2", Weight.HARD);
        assertHolds(twoLessons().with(rule).at("L1", 1, 3).at("L2", 0, 0)); // another day: any order
        assertHolds(twoLessons().with(rule).at("L1", 0, 1).at("L2", 0, 4));
        assertBroken(twoLessons().with(rule).at("L1", 0, 4).at("L2", 0, 1), "OrderedIfSameDay", 1);
    }

    @Test
    void grouped() {
        var rule = new Grouped(List.of("L1", "L2"), Weight.HARD);
        assertHolds(twoLessons().with(rule).at("L1", 0, 3).at("L2", 0, 2));
        assertBroken(twoLessons().with(rule).at("L1", 0, 0).at("L2", 0, 2), "Grouped", 1);
    }

    @Test
    void sameStartingTimeForABarrette() {
        var school = new TinySchool().lesson("ALL", "MARTIN", "4eA1", 1).lesson("ESP", "DURAND", "4eA2", 1)
                .with(new SameStartingTime(List.of("ALL", "ESP"), Weight.HARD));
        assertHolds(school.at("ALL", 1, 2).at("ESP", 1, 2));
        var broken = new TinySchool().lesson("ALL", "MARTIN", "4eA1", 1).lesson("ESP", "DURAND", "4eA2", 1)
                .with(new SameStartingTime(List.of("ALL", "ESP"), Weight.HARD)).at("ALL", 1, 2).at("ESP", 1, 3);
        assertBroken(broken, "SameStartingTime", 1);
    }

    @Test
    void sameDayAndSameStartingPeriod() {
        assertHolds(twoLessons().with(new SameDay(List.of("L1", "L2"), SOFT)).at("L1", 2, 0).at("L2", 2, 5));
        assertBroken(twoLessons().with(new SameDay(List.of("L1", "L2"), SOFT)).at("L1", 2, 0).at("L2", 3, 5), "SameDay", 1);
        assertHolds(twoLessons().with(new SameStartingPeriod(List.of("L1", "L2"), SOFT)).at("L1", 2, 5).at("L2", 3, 5));
        assertBroken(twoLessons().with(new SameStartingPeriod(List.of("L1", "L2"), SOFT)).at("L1", 2, 4).at("L2", 3, 5),
                "SameStartingPeriod", 1);
    }

    @Test
    void notOverlappingCountsSharedPeriods() {
        var rule = new NotOverlapping(List.of("A", "B"), Weight.HARD);
        assertHolds(new TinySchool().lesson("A", "MARTIN", "4eA", 2).lesson("B", "DURAND", "4eB", 2).with(rule)
                .at("A", 0, 0).at("B", 0, 2));
        assertBroken(new TinySchool().lesson("A", "MARTIN", "4eA", 2).lesson("B", "DURAND", "4eB", 2).with(rule)
                .at("A", 0, 0).at("B", 0, 1), "NotOverlapping", 1);
    }

    /** A 2-period lesson A and a 1-period lesson B of other teachers and pupils, under {@code rule} (if any). */
    private static TinySchool longAndShort(MinGapsBetween rule) {
        TinySchool school = new TinySchool().withoutBreaks().lesson("A", "MARTIN", "4eA", 2).lesson("B", "DURAND", "4eB", 1);
        return rule == null ? school : school.with(rule);
    }

    @Test
    void minGapsBetweenCountsMissingFreePeriodsOnTheSameDayOnly() {
        var rule = new MinGapsBetween(List.of("A", "B"), 2, Weight.HARD);
        assertHolds(longAndShort(rule).at("A", 0, 0).at("B", 0, 4));
        assertHolds(longAndShort(rule).at("A", 0, 0).at("B", 1, 2));
        assertBroken(longAndShort(rule).at("A", 0, 0).at("B", 0, 3), "MinGapsBetween", 1);
        assertBroken(longAndShort(rule).at("A", 0, 0).at("B", 0, 2), "MinGapsBetween", 2);
        assertBroken(longAndShort(rule).at("A", 0, 3).at("B", 0, 2), "MinGapsBetween", 2);
    }

    @Test
    void minGapsBetweenLessonsStartingTogetherCountsTheOneNamedLaterAsTheEarlier() { // as FET does
        assertBroken(longAndShort(new MinGapsBetween(List.of("A", "B"), 1, Weight.HARD)).at("A", 0, 0).at("B", 0, 0),
                "MinGapsBetween", 2);
        assertBroken(longAndShort(new MinGapsBetween(List.of("B", "A"), 1, Weight.HARD)).at("A", 0, 0).at("B", 0, 0),
                "MinGapsBetween", 3);
    }

    @Test
    void maxOccupiedSlotsCountsOneViolationWhenTooManySelectedSlotsAreUsed() {
        var selected = Set.of(new Slot(0, 0), new Slot(0, 1), new Slot(0, 2), new Slot(1, 0));
        var rule = new MaxOccupiedSlots(List.of("A", "B"), selected, 2, Weight.HARD);
        assertHolds(longAndShort(null).with(rule).at("A", 0, 1).at("B", 2, 0)); // A uses (0,1) and (0,2)
        assertHolds(longAndShort(null).with(rule).at("A", 0, 0).at("B", 0, 1)); // B in a slot A uses already
        assertBroken(longAndShort(null).with(rule).at("A", 0, 1).at("B", 1, 0), "MaxOccupiedSlots", 1);
    }

    @Test
    void maxSimultaneousInSlotsCountsEachCrowdedSelectedSlot() {
        var rule = new MaxSimultaneousInSlots(List.of("A", "B"), Set.of(new Slot(0, 1), new Slot(0, 3)), 1, SOFT);
        assertHolds(longAndShort(null).with(rule).at("A", 0, 1).at("B", 0, 3));
        assertHolds(longAndShort(null).with(rule).at("A", 0, 0).at("B", 0, 0)); // together, but not in a selected slot
        assertBroken(longAndShort(null).with(rule).at("A", 0, 0).at("B", 0, 1), "MaxSimultaneousInSlots", 1);
    }

    @Test
    void endsStudentsDayCountsLaterPeriods() {
        var rule = new EndsStudentsDay(List.of("L1"), SOFT);
        assertHolds(twoLessons().with(rule).at("L1", 0, 3).at("L2", 0, 1));
        assertBroken(twoLessons().with(rule).at("L1", 0, 1).at("L2", 0, 3), "EndsStudentsDay", 1);
    }

    @Test
    void preferredRoomsAndNoRoomAtAll() {
        var rule = new PreferredRooms(List.of("L1"), Set.of("LABO"), SOFT);
        assertHolds(new TinySchool().lesson("L1", "MARTIN", "4eA", 1).with(rule).at("L1", 0, 0, "LABO"));
        assertBroken(new TinySchool().lesson("L1", "MARTIN", "4eA", 1).with(rule).at("L1", 0, 0, "S2"), "PreferredRooms", 1);
        assertBroken(new TinySchool().lesson("L1", "MARTIN", "4eA", 1).with(rule).at("L1", 0, 0), "PreferredRooms", 1);
    }

    private static TinySchool threeLessonsUnder(MaxDifferentRooms rule) {
        return new TinySchool().withoutBreaks().lesson("L1", "MARTIN", "4eA", 1).lesson("L2", "MARTIN", "4eA", 1)
                .lesson("L3", "DURAND", "4eB", 1).with(rule);
    }

    @Test
    void maxDifferentRoomsCountsOneViolationHoweverManyRoomsTooMany() {
        var rule = new MaxDifferentRooms(List.of("L1", "L2", "L3"), 1, Weight.HARD);
        assertHolds(threeLessonsUnder(rule).at("L1", 0, 0, "LABO").at("L2", 0, 1, "LABO").at("L3", 1, 0));
        assertBroken(threeLessonsUnder(rule).at("L1", 0, 0, "LABO").at("L2", 0, 1, "S2").at("L3", 1, 0, "LABO"),
                "MaxDifferentRooms", 1);
        var two = new MaxDifferentRooms(List.of("L1", "L2", "L3"), 2, SOFT);
        assertHolds(threeLessonsUnder(two).at("L1", 0, 0, "LABO").at("L2", 0, 1, "S2").at("L3", 1, 0, "LABO"));
    }

    /** Martin teaches L1, L2, L3 on Monday at 8:00, 9:00 and 11:00 (10:00 free); LABO is in "Sciences", S2 in "Principal". */
    private static TinySchool martinsMonday(String room1, String room2, String room3) {
        return new TinySchool().withoutBreaks().lesson("L1", "MARTIN", "4eA", 1).lesson("L2", "MARTIN", "4eB", 1)
                .lesson("L3", "MARTIN", "4eA", 1).at("L1", 0, 0, room1).at("L2", 0, 1, room2).at("L3", 0, 3, room3);
    }

    @Test
    void maxBuildingChangesPerDayCountsChangesBeyondTheLimit() {
        var none = new MaxBuildingChangesPerDay(MARTIN, 0, Weight.HARD);
        assertHolds(martinsMonday("LABO", "LABO", "LABO").with(none));
        assertHolds(martinsMonday("LABO", "", "LABO").with(none)); // no room: no building, no move
        assertBroken(martinsMonday("LABO", "S2", "LABO").with(none), "MaxBuildingChangesPerDay", 2);
        assertBroken(martinsMonday("LABO", "S2", "LABO").with(new MaxBuildingChangesPerDay(MARTIN, 1, SOFT)),
                "MaxBuildingChangesPerDay", 1);
    }

    @Test
    void maxBuildingChangesPerWeekAddsTheDaysUp() {
        var rule = new MaxBuildingChangesPerWeek(MARTIN, 1, Weight.HARD);
        assertHolds(martinsMonday("LABO", "S2", "S2").with(rule));
        assertBroken(martinsMonday("LABO", "S2", "LABO").with(rule), "MaxBuildingChangesPerWeek", 1);
    }

    @Test
    void minGapsBetweenBuildingChangesCountsMovesWithoutTimeToWalk() {
        var rule = new MinGapsBetweenBuildingChanges(MARTIN, 1, Weight.HARD);
        assertHolds(martinsMonday("LABO", "LABO", "S2").with(rule)); // 10:00 free before going to S2
        assertBroken(martinsMonday("LABO", "S2", "S2").with(rule), "MinGapsBetweenBuildingChanges", 1);
        assertHolds(martinsMonday("LABO", "", "S2").with(rule)); // a lesson without a room leaves time to walk, as in FET
    }

    /** Martin teaches L1 and L2 in the weeks given and L3 every week; LABO is in "Sciences", S2 in "Principal". */
    private static TinySchool martinsCycle(WeekPattern l1, WeekPattern l2) {
        return new TinySchool().withoutBreaks().add(lessonOfMartin("L1", l1)).add(lessonOfMartin("L2", l2))
                .add(lessonOfMartin("L3", WeekPattern.EVERY_WEEK));
    }

    private static Lesson lessonOfMartin(String id, WeekPattern weeks) {
        return new Lesson(id, "Maths", List.of(), List.of("MARTIN"), List.of("4eA"), 1, RoomRequirement.NONE, weeks, "", 0);
    }

    @Test
    void lessonsInAlternateWeeksAreNoMoveBetweenBuildings() {
        var none = new MaxBuildingChangesPerDay(MARTIN, 0, Weight.HARD);
        assertHolds(martinsCycle(WeekPattern.WEEK_A, WeekPattern.WEEK_B).with(none)
                .at("L1", 0, 0, "LABO").at("L2", 0, 1, "S2").at("L3", 1, 0, "LABO"));
        assertBroken(martinsCycle(WeekPattern.EVERY_WEEK, WeekPattern.EVERY_WEEK).with(none)
                .at("L1", 0, 0, "LABO").at("L2", 0, 1, "S2").at("L3", 1, 0, "LABO"), "MaxBuildingChangesPerDay", 1);
    }

    @Test
    void eachWeekOfTheCycleIsJudgedOnItsOwnLessons() {
        // L1 (A, Sciences) and L2 (B, Principal) share 8:00, L3 follows at 9:00 in Principal: semaine A moves, B does not
        var school = martinsCycle(WeekPattern.WEEK_A, WeekPattern.WEEK_B).with(new MaxBuildingChangesPerWeek(MARTIN, 0, SOFT))
                .at("L1", 0, 0, "LABO").at("L2", 0, 0, "S2").at("L3", 0, 1, "S2");
        assertBroken(school, "MaxBuildingChangesPerWeek", 1);
        assertThat(check(school).violations().getFirst().english()).contains("week A");
    }

    @Test
    void sameRoomIfConsecutiveCountsBackToBackPairsInTwoRooms() {
        var rule = new SameRoomIfConsecutive(List.of("L1", "L2", "L3"), Weight.HARD);
        assertHolds(martinsMonday("LABO", "LABO", "S2").with(rule)); // L3 does not follow L2 directly
        assertBroken(martinsMonday("LABO", "S2", "S2").with(rule), "SameRoomIfConsecutive", 1);
        assertHolds(martinsMonday("LABO", "", "S2").with(rule)); // a lesson without a room breaks nothing
    }

    @Test
    void homeRoomOnlyForLessonsTheOwnerHasAlone() {
        var rule = new HomeRoom(ResourceRef.students("4eB"), Set.of("LABO"), Weight.HARD);
        var school = new TinySchool().lesson("L1", "MARTIN", "4eB", 1).lesson("L2", "DURAND", "4e", 1).with(rule);
        assertHolds(school.at("L1", 0, 0, "LABO").at("L2", 0, 1, "S2"));
        assertBroken(new TinySchool().lesson("L1", "MARTIN", "4eB", 1).with(rule).at("L1", 0, 0, "S2"), "HomeRoom", 1);
    }

    @Test
    void homeRoomGivesWayToAHardPreferredRoom() {
        var school = new TinySchool().lesson("L1", "MARTIN", "4eB", 1)
                .with(new HomeRoom(ResourceRef.students("4eB"), Set.of("LABO"), Weight.HARD))
                .with(new PreferredRooms(List.of("L1"), Set.of("S2"), Weight.HARD));
        assertHolds(school.at("L1", 0, 0, "S2"));
    }

    @Test
    void homeRoomHoldsInARoomTheLessonsPreferredRoomsName() {
        // as in FET: the home rooms and the subject's rooms meet in S2 only, and LABO, a subject's room, is fine too
        var school = new TinySchool().lesson("L1", "MARTIN", "4eA1", 1)
                .with(new HomeRoom(ResourceRef.students("4eA1"), Set.of("S2"), Weight.HARD))
                .with(new PreferredRooms(List.of("L1"), Set.of("S2", "LABO"), Weight.HARD));
        assertHolds(school.at("L1", 0, 0, "LABO"));
        var softPreferred = new TinySchool().lesson("L1", "MARTIN", "4eA1", 1)
                .with(new HomeRoom(ResourceRef.students("4eA1"), Set.of("S2"), Weight.HARD))
                .with(new PreferredRooms(List.of("L1"), Set.of("LABO"), Weight.soft(50)));
        assertHolds(softPreferred.at("L1", 0, 0, "LABO"));
    }

    @Test
    void aRoomGivenByARoomRuleMustHoldTheLessonsOwnNumberOfPupils() {
        Lesson exam = new Lesson("L1", "Maths", List.of(), List.of("MARTIN"), List.of("4eA1"), 1,
                new RoomRequirement(false, Set.of(), "", 25), WeekPattern.EVERY_WEEK, "", 0);
        var rule = new PreferredRooms(List.of("L1"), Set.of("S2", "LABO"), Weight.HARD);
        assertHolds(new TinySchool().add(exam).with(rule).at("L1", 0, 0, "LABO")); // 30 seats
        assertBroken(new TinySchool().add(exam).with(rule).at("L1", 0, 0, "S2"), ImplicitRules.ROOM_REQUIREMENT, 1); // 20
    }

    @Test
    void softViolationsCostTheirWeightAndKeepTheTimetableFeasible() {
        var report = check(twoLessons().with(new MaxGapsPerDay(MARTIN, 0, Weight.soft(80))).at("L1", 0, 0).at("L2", 0, 3));
        assertThat(report.feasible()).isTrue();
        assertThat(report.softPenalty()).isEqualTo(160);
        assertThat(report.softUnits()).isEqualTo(16000);
        assertThat(report.violations().get(0).weight()).isEqualTo(80);
    }
}

package org.preau.engine.model;

import java.util.List;
import java.util.Set;

/**
 * The rules a timetable must (weight 100) or should (weight below 100) follow, as plain data.
 * Rules about a STUDENTS resource apply to each of its subgroups separately, as in FET (a year's "max 2
 * gaps per week" is a limit for every pupil of that year). Rules naming lessons use {@link Lesson#id()}.
 * Counting "hours" means counting periods.
 */
public sealed interface Constraint {

    Weight weight();

    /** The resource can not be used in these slots (a teacher's day off, a room closed on Wednesday afternoon). */
    record Unavailable(ResourceRef resource, Set<Slot> slots, Weight weight) implements Constraint {
    }

    /** Each lesson must start at one of these slots. Forbidden start times are the complement. */
    record PreferredStarts(List<String> lessonIds, Set<Slot> starts, Weight weight) implements Constraint {
    }

    /**
     * Every period of each lesson must lie in these slots; broken once per period outside, as FET counts it.
     * Forbidden slots are the complement.
     */
    record PreferredSlots(List<String> lessonIds, Set<Slot> slots, Weight weight) implements Constraint {
    }

    /** A lesson fixed in time (and room when {@code roomId} is not empty) by the user; always hard. */
    record Pinned(String lessonId, Slot start, String roomId) implements Constraint {
        @Override
        public Weight weight() {
            return Weight.HARD;
        }
    }

    /**
     * Each pair of these lessons (typically a split) lies at least {@code minDays} days apart; when
     * {@code consecutiveIfSameDay}, a pair that lands on one day must at least be back to back.
     */
    record MinDaysBetween(List<String> lessonIds, int minDays, boolean consecutiveIfSameDay, Weight weight)
            implements Constraint {
    }

    /** Each pair of these lessons lies at most {@code maxDays} days apart. */
    record MaxDaysBetween(List<String> lessonIds, int maxDays, Weight weight) implements Constraint {
    }

    /** At most {@code max} periods a day; with a {@code tag}, only lessons carrying that tag count. */
    record MaxHoursDaily(ResourceRef resource, int max, String tag, Weight weight) implements Constraint {
    }

    /** At least {@code min} periods on each working day (days without lessons are fine if {@code allowEmptyDays}). */
    record MinHoursDaily(ResourceRef resource, int min, boolean allowEmptyDays, Weight weight) implements Constraint {
    }

    /** At most {@code max} periods in a row (breaks interrupt a row); with a {@code tag}, only tagged lessons count. */
    record MaxHoursContinuously(ResourceRef resource, int max, String tag, Weight weight) implements Constraint {
    }

    /**
     * From the first to the last lesson of each day, at most {@code max} periods (gaps and breaks included; FET's
     * "max span per day"). With {@code oneDayPlusOne}, the first day spanning exactly {@code max + 1} is allowed.
     * Each day beyond is a violation.
     */
    record MaxSpanPerDay(ResourceRef resource, int max, boolean oneDayPlusOne, Weight weight) implements Constraint {
    }

    /**
     * Between the last lesson of a day and the first of the next, at least {@code min} free periods (the end of one
     * day plus the start of the next; FET's "min resting hours"); with {@code circular}, also from the last day of
     * the week to the first. Each night too short is a violation.
     */
    record MinRestingHours(ResourceRef resource, int min, boolean circular, Weight weight) implements Constraint {
    }

    /**
     * On each day, a lesson tagged {@code secondTag} that follows one tagged {@code firstTag} comes at least
     * {@code minGaps} periods after it (FET's "min gaps between an ordered pair of activity tags"); periods of other
     * lessons count as gaps. Each lesson too close is a violation.
     */
    record MinGapsBetweenTags(ResourceRef resource, String firstTag, String secondTag, int minGaps, Weight weight)
            implements Constraint {
    }

    /** At most {@code max} idle periods ("trous") between the first and last lesson of each day. */
    record MaxGapsPerDay(ResourceRef resource, int max, Weight weight) implements Constraint {
    }

    /** At most {@code max} idle periods in the whole week. */
    record MaxGapsPerWeek(ResourceRef resource, int max, Weight weight) implements Constraint {
    }

    /** At most {@code max} working days in the week. */
    record MaxDaysPerWeek(ResourceRef resource, int max, Weight weight) implements Constraint {
    }

    /** At least {@code min} working days in the week. */
    record MinDaysPerWeek(ResourceRef resource, int min, Weight weight) implements Constraint {
    }

    /** At most {@code max} days with a lesson in periods {@code [fromPeriod, toPeriod)} (e.g. afternoons). */
    record IntervalMaxDaysPerWeek(ResourceRef resource, int fromPeriod, int toPeriod, int max, Weight weight)
            implements Constraint {
    }

    /**
     * Pupils start their day at the first period, except on at most {@code max} days where they start at the
     * second; starting later is a violation.
     */
    record EarlyMaxBeginningsAtSecondHour(ResourceRef resource, int max, Weight weight) implements Constraint {
    }

    /** {@code second} starts right after {@code first} ends, on the same day. */
    record Consecutive(String first, String second, Weight weight) implements Constraint {
    }

    /** {@code second} starts after {@code first} ends (a later day, or later on the same day). */
    record Ordered(String first, String second, Weight weight) implements Constraint {
    }

    /** When {@code first} and {@code second} fall on the same day, {@code second} starts after {@code first} ends. */
    record OrderedIfSameDay(String first, String second, Weight weight) implements Constraint {
    }

    /** These lessons (two or three) form one uninterrupted block on one day, in any order. */
    record Grouped(List<String> lessonIds, Weight weight) implements Constraint {
    }

    /** These lessons start at the same slot: an alignment or barrette (LV2 groups, spécialités). */
    record SameStartingTime(List<String> lessonIds, Weight weight) implements Constraint {
    }

    /** These lessons start on the same day (any period). */
    record SameDay(List<String> lessonIds, Weight weight) implements Constraint {
    }

    /** These lessons start at the same period (any day). */
    record SameStartingPeriod(List<String> lessonIds, Weight weight) implements Constraint {
    }

    /** No two of these lessons overlap in time, although they share no teacher or pupils. */
    record NotOverlapping(List<String> lessonIds, Weight weight) implements Constraint {
    }

    /**
     * Each pair of these lessons that lands on one day has at least {@code minGaps} free periods between the end
     * of the earlier one and the start of the later one (FET's "min gaps between activities"); lessons on
     * different days are fine.
     */
    record MinGapsBetween(List<String> lessonIds, int minGaps, Weight weight) implements Constraint {
    }

    /** Each lesson is the last of its pupils' day. */
    record EndsStudentsDay(List<String> lessonIds, Weight weight) implements Constraint {
    }

    /**
     * These lessons use at most {@code max} different rooms between them (FET's "activities occupy max different
     * rooms"; with 1, a class's physics lessons all in the same lab, whichever). Lessons without a room do not count.
     */
    record MaxDifferentRooms(List<String> lessonIds, int max, Weight weight) implements Constraint {
    }

    /**
     * At most {@code max} moves a day from one building to another (FET's "max building changes per day"): the
     * buildings of the rooms of the resource's lessons, in time order; lessons without a room or in a room without
     * a building are skipped. Each change beyond the limit is a violation.
     */
    record MaxBuildingChangesPerDay(ResourceRef resource, int max, Weight weight) implements Constraint {
    }

    /** As {@link MaxBuildingChangesPerDay}, with the changes of the whole week counted together. */
    record MaxBuildingChangesPerWeek(ResourceRef resource, int max, Weight weight) implements Constraint {
    }

    /**
     * A move to another building comes after at least {@code minGaps} periods without a lesson in a known building
     * (FET's "min gaps between building changes"); each change too soon is a violation.
     */
    record MinGapsBetweenBuildingChanges(ResourceRef resource, int minGaps, Weight weight) implements Constraint {
    }

    /**
     * Two of these lessons placed back to back on one day (in either order) take place in the same room (FET's
     * "activities same room if consecutive"); each such pair in two different rooms is a violation.
     */
    record SameRoomIfConsecutive(List<String> lessonIds, Weight weight) implements Constraint {
    }

    /**
     * Of the selected {@code slots}, at most {@code max} hold a period of one of these lessons (FET's "activities
     * occupy max time slots from selection"); one violation when more do.
     */
    record MaxOccupiedSlots(List<String> lessonIds, Set<Slot> slots, int max, Weight weight) implements Constraint {
    }

    /**
     * In each selected slot, at most {@code max} of these lessons take place at once (FET's "activities max
     * simultaneous in selected time slots"); each slot with more is a violation.
     */
    record MaxSimultaneousInSlots(List<String> lessonIds, Set<Slot> slots, int max, Weight weight) implements Constraint {
    }

    /** Each lesson takes place in one of these rooms (hard: restricts the choice; soft: a preference). */
    record PreferredRooms(List<String> lessonIds, Set<String> roomIds, Weight weight) implements Constraint {
    }

    /**
     * The lessons "of" the owner take place in one of these rooms: for a teacher, lessons taught by that
     * teacher alone; for a student set, lessons whose only student set it is (FET's home room).
     */
    record HomeRoom(ResourceRef owner, Set<String> roomIds, Weight weight) implements Constraint {
    }
}

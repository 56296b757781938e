package org.preau.engine.model;

import java.util.List;

/**
 * A lesson to place (FET's "activity", the French "cours"): {@code duration} consecutive periods on one
 * day, taught by zero or more teachers (co-enseignement) to zero or more student sets.
 * A subject's weekly hours split into several lessons share a {@code splitId} (FET's activity group id);
 * {@code splitIndex} is 1-based within the split (FET's component number), 0 when not split.
 */
public record Lesson(
        String id,
        String subject,
        List<String> tags,
        List<String> teacherIds,
        List<String> studentSetIds,
        int duration,
        RoomRequirement room,
        WeekPattern weeks,
        String splitId,
        int splitIndex) {

    public Lesson {
        tags = List.copyOf(tags);
        teacherIds = List.copyOf(teacherIds);
        studentSetIds = List.copyOf(studentSetIds);
        if (duration < 1) {
            throw new IllegalArgumentException("lesson " + id + " has duration " + duration);
        }
    }

    /** A weekly lesson needing no room, not split: the common case in tests and generators. */
    public static Lesson of(String id, String subject, List<String> teacherIds, List<String> studentSetIds,
            int duration) {
        return new Lesson(id, subject, List.of(), teacherIds, studentSetIds, duration, RoomRequirement.NONE,
                WeekPattern.EVERY_WEEK, "", 0);
    }
}

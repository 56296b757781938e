package org.preau.timetable;

/** Where a dated lesson stands against the base timetable. */
public enum LessonStatus {
    SCHEDULED, CANCELLED, MOVED, REPLACED, ROOM_CHANGED, EXTRA;

    /** Whether the lesson differs from the base timetable (families are told of those). */
    public boolean isChange() {
        return this != SCHEDULED;
    }
}

package org.preau.attendance.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.school.PupilId;

/**
 * An absence or a retard of a pupil: from a roll call ({@code lessonId} set) or entered by vie scolaire over a
 * range. A retard lasts from the lesson's start for {@code lateMinutes}.
 */
public record Absence(UUID id, PupilId pupil, Kind kind, Instant start, Instant end, @Nullable Integer lateMinutes,
                      @Nullable UUID lessonId, @Nullable UUID motifId, @Nullable String motifName, boolean justified,
                      @Nullable String comment, Instant recordedAt, int documents) {

    public enum Kind { ABSENCE, RETARD }

    public boolean retard() {
        return kind == Kind.RETARD;
    }

    HalfDays.Span span() {
        return new HalfDays.Span(start, end, justified, lessonId != null);
    }

    /** Half-days this absence covers; a retard covers none. */
    public int halfDays() {
        return retard() ? 0 : HalfDays.covered(span()).size();
    }
}

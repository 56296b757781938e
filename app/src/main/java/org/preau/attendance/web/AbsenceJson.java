package org.preau.attendance.web;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.attendance.internal.Absence;

/**
 * An absence or retard as the API shows it.
 *
 * @param kind        ABSENCE or RETARD
 * @param halfDays    half-days (demi-journées) the absence covers; 0 for a retard
 * @param lateMinutes minutes late, for a retard
 * @param documents   supporting documents attached to the justification
 */
record AbsenceJson(UUID id, String kind, Instant start, Instant end, int halfDays, boolean justified,
                   @Nullable String motif, @Nullable Integer lateMinutes, int documents) {

    static AbsenceJson of(Absence absence) {
        return new AbsenceJson(absence.id(), absence.kind().name(), absence.start(), absence.end(),
                absence.halfDays(), absence.justified(), absence.motifName(), absence.lateMinutes(),
                absence.documents());
    }
}

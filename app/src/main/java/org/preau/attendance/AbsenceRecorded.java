package org.preau.attendance;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.SchoolId;
import org.preau.school.PupilId;

/**
 * A pupil was marked absent or late (by a teacher's roll call or by vie scolaire): the pupil's families are to be
 * told. Published inside the recording transaction.
 *
 * @param lateMinutes set for a retard
 */
public record AbsenceRecorded(SchoolId school, UUID absenceId, PupilId pupil, Instant start, Instant end,
                              boolean retard, @Nullable Integer lateMinutes) {
}

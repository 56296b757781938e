package org.preau.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One read of a pupil's personal data: who read what of which pupil, and when.
 *
 * @param pupilName "NOM Prénom" of the pupil, if the pupil is still on the school's roll
 */
public record AuditEntry(UUID id, Instant at, UUID actorId, String actorName, UUID pupilId,
                         @Nullable String pupilName, String what, @Nullable String detail) {
}

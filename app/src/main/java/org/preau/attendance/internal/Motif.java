package org.preau.attendance.internal;

import java.util.UUID;

/**
 * Why a pupil was absent, as a school configures it.
 *
 * @param justifies      whether an absence with this motif is justified (excusée)
 * @param countsOnReport whether the absence appears in the counts of the report card (bulletin)
 */
public record Motif(UUID id, String name, boolean justifies, boolean countsOnReport, int position, boolean active) {
}

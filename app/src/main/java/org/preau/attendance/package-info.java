/**
 * Vie scolaire: the roll call (appel) of each lesson, absences and retards with their motifs, justification by
 * families, contacts with families, absenteeism alerts and statistics.
 */
@NullMarked
package org.preau.attendance;

import org.jspecify.annotations.NullMarked;

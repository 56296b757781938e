package org.preau.school;

/**
 * A responsable légal as shown with a pupil's record.
 *
 * @param relationship MERE, PERE, TUTEUR or AUTRE
 */
public record GuardianSummary(GuardianId id, String civility, String firstName, String lastName,
                              String relationship, boolean legalGuardian, int household) {
}

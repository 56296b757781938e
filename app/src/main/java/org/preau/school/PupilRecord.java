package org.preau.school;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A pupil's record (fiche élève); guardians are listed for staff only, empty for others. */
public record PupilRecord(PupilSummary pupil, @Nullable LocalDate birthDate, List<GuardianSummary> guardians) {
}

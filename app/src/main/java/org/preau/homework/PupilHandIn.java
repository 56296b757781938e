package org.preau.homework;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.school.PupilSummary;

/** A pupil's hand-in of one homework as the teacher sees it: every version (latest first) and the return. */
public record PupilHandIn(PupilSummary pupil, List<SubmissionVersion> versions, @Nullable CorrectionView correction) {

    public PupilHandIn {
        versions = List.copyOf(versions);
    }

    public @Nullable SubmissionVersion latest() {
        return versions.isEmpty() ? null : versions.getFirst();
    }
}

package org.preau.homework;

import java.util.Objects;
import java.util.UUID;

/** Identifies one version of a pupil's hand-in within its school. */
public record SubmissionId(UUID value) {

    public SubmissionId {
        Objects.requireNonNull(value, "SubmissionId");
    }

    public static SubmissionId of(String value) {
        return new SubmissionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.preau.school;

import java.util.Objects;
import java.util.UUID;

/** Identifies a pupil (élève) within its school. */
public record PupilId(UUID value) {

    public PupilId {
        Objects.requireNonNull(value, "PupilId");
    }

    public static PupilId of(String value) {
        return new PupilId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

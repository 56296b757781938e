package org.preau.homework;

import java.util.Objects;
import java.util.UUID;

/** Identifies a teacher's return of a hand-in (mark, comment, corrected file) within its school. */
public record CorrectionId(UUID value) {

    public CorrectionId {
        Objects.requireNonNull(value, "CorrectionId");
    }

    public static CorrectionId of(String value) {
        return new CorrectionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

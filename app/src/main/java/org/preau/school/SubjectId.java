package org.preau.school;

import java.util.Objects;
import java.util.UUID;

/** Identifies a subject (discipline) within its school. */
public record SubjectId(UUID value) {

    public SubjectId {
        Objects.requireNonNull(value, "SubjectId");
    }

    public static SubjectId of(String value) {
        return new SubjectId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

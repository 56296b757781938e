package org.preau.school;

import java.util.Objects;
import java.util.UUID;

/** Identifies a teaching assignment (who teaches what to whom) within its school. */
public record TeachingAssignmentId(UUID value) {

    public TeachingAssignmentId {
        Objects.requireNonNull(value, "TeachingAssignmentId");
    }

    public static TeachingAssignmentId of(String value) {
        return new TeachingAssignmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

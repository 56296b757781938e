package org.preau.school;

import java.util.Objects;
import java.util.UUID;

/** Identifies a responsable légal or other contact of a pupil within its school. */
public record GuardianId(UUID value) {

    public GuardianId {
        Objects.requireNonNull(value, "GuardianId");
    }

    public static GuardianId of(String value) {
        return new GuardianId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

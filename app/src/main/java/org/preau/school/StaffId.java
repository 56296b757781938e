package org.preau.school;

import java.util.Objects;
import java.util.UUID;

/** Identifies a member of staff (professeur, CPE, direction…) within its school. */
public record StaffId(UUID value) {

    public StaffId {
        Objects.requireNonNull(value, "StaffId");
    }

    public static StaffId of(String value) {
        return new StaffId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

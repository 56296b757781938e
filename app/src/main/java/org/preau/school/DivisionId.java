package org.preau.school;

import java.util.Objects;
import java.util.UUID;

/** Identifies a division (the classe, e.g. 5e B) within its school. */
public record DivisionId(UUID value) {

    public DivisionId {
        Objects.requireNonNull(value, "DivisionId");
    }

    public static DivisionId of(String value) {
        return new DivisionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

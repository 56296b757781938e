package org.preau.platform;

import java.util.UUID;

/** The tenant key: every school-owned row carries it as {@code school_id}. */
public record SchoolId(UUID value) implements java.io.Serializable {

    public SchoolId {
        java.util.Objects.requireNonNull(value, "school id");
    }

    public static SchoolId of(String value) {
        return new SchoolId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

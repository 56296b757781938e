package org.preau.school;

import java.util.Objects;
import java.util.UUID;

/** Identifies a school year (année scolaire) within its school. */
public record SchoolYearId(UUID value) {

    public SchoolYearId {
        Objects.requireNonNull(value, "SchoolYearId");
    }

    public static SchoolYearId of(String value) {
        return new SchoolYearId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

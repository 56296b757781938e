package org.preau.school;

import java.util.Objects;
import java.util.UUID;

/** Identifies a period of the school year (trimestre or semestre) within its school. */
public record PeriodId(UUID value) {

    public PeriodId {
        Objects.requireNonNull(value, "PeriodId");
    }

    public static PeriodId of(String value) {
        return new PeriodId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

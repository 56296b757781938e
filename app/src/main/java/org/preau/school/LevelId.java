package org.preau.school;

import java.util.Objects;
import java.util.UUID;

/** Identifies a level (6e, 5e, 4e, 3e) within its school. */
public record LevelId(UUID value) {

    public LevelId {
        Objects.requireNonNull(value, "LevelId");
    }

    public static LevelId of(String value) {
        return new LevelId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

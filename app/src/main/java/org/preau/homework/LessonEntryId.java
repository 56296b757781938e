package org.preau.homework;

import java.util.Objects;
import java.util.UUID;

/** Identifies an entry of the cahier de textes (one lesson) within its school. */
public record LessonEntryId(UUID value) {

    public LessonEntryId {
        Objects.requireNonNull(value, "LessonEntryId");
    }

    public static LessonEntryId of(String value) {
        return new LessonEntryId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

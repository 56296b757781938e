package org.preau.homework;

import java.util.Objects;
import java.util.UUID;

/** Identifies a travail à faire (homework) within its school. */
public record HomeworkId(UUID value) {

    public HomeworkId {
        Objects.requireNonNull(value, "HomeworkId");
    }

    public static HomeworkId of(String value) {
        return new HomeworkId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

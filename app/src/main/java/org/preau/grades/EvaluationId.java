package org.preau.grades;

import java.util.Objects;
import java.util.UUID;

/** Identifies an evaluation (a devoir) within its school. */
public record EvaluationId(UUID value) {

    public EvaluationId {
        Objects.requireNonNull(value, "EvaluationId");
    }

    public static EvaluationId of(String value) {
        return new EvaluationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

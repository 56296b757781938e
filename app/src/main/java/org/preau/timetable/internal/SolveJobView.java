package org.preau.timetable.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A solving job as pages show it, with its latest progress. */
public record SolveJobView(UUID id, String status, String requestedBy, OffsetDateTime requestedAt,
                           @Nullable OffsetDateTime startedAt, @Nullable OffsetDateTime finishedAt, int timeLimitSeconds,
                           long seed, boolean cancelRequested, BigDecimal elapsedSeconds, int lessons, int placed,
                           long hardViolations, BigDecimal softPenalty, @Nullable UUID timetableId,
                           @Nullable String message) {

    public boolean isFinished() {
        return "DONE".equals(status) || "FAILED".equals(status) || "CANCELLED".equals(status);
    }

    public int percentPlaced() {
        return lessons == 0 ? 0 : placed * 100 / lessons;
    }
}

package org.preau.homework;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * Travail à faire as the teacher writes it.
 *
 * @param handInTime when a hand-in is required, the time on {@code dueOn} after which copies are late (08:00
 *                   when not given)
 */
public record HomeworkDraft(LocalDate dueOn, String description, int estimatedMinutes, boolean handInRequired,
                            @Nullable LocalTime handInTime) {
}

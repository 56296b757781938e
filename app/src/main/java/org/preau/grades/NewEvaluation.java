package org.preau.grades;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.preau.school.PeriodId;
import org.preau.school.TeachingAssignmentId;

/**
 * What a teacher fills in to create an evaluation for one of their classes.
 *
 * @param publishedAt when parents and pupils may see the marks; null = now + the school's default delay
 */
public record NewEvaluation(TeachingAssignmentId assignment, String title, LocalDate heldOn, PeriodId period,
                            BigDecimal scale, BigDecimal coefficient, @Nullable Instant publishedAt,
                            @Nullable SocleComponent component) {
}

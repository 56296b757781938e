package org.preau.grades;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One of a pupil's marks as the API and pages show it.
 *
 * @param value    the score on the evaluation's scale ("12.5") or the special code ("abs", "disp", "nn")
 * @param outOf20  the score brought to /20, absent for a special value
 */
public record MarkView(EvaluationId evaluationId, String title, LocalDate date, String value,
                       BigDecimal scale, BigDecimal coefficient, @Nullable BigDecimal outOf20) {
}

package org.preau.grades;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.school.SubjectId;

/**
 * A pupil's marks in one subject over a period and their average /20 (absent when nothing counts).
 *
 * @param coefficient the subject's weight in the overall average (1 unless direction set another; 0 = not counted)
 */
public record SubjectGrades(SubjectId subjectId, String subject, @Nullable BigDecimal average,
                            BigDecimal coefficient, List<MarkView> marks) {
}

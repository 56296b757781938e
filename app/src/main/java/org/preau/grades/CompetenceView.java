package org.preau.grades;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.preau.school.SubjectId;

/**
 * One assessment of a socle component for a pupil, within an evaluation or on its own ({@code evaluationId}
 * null).
 */
public record CompetenceView(SocleComponent component, CompetenceLevel level, SubjectId subjectId,
                             String subjectName, @Nullable EvaluationId evaluationId, LocalDate assessedOn) {
}

package org.preau.grades;

import java.math.BigDecimal;

import org.preau.school.SubjectId;

/** A subject of the school and its coefficient in the overall average (1 unless direction changed it). */
public record SubjectCoefficient(SubjectId subjectId, String code, String name, BigDecimal coefficient) {
}

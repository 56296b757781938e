package org.preau.grades;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.preau.school.DivisionId;
import org.preau.school.GroupId;
import org.preau.school.PeriodId;
import org.preau.school.StaffId;
import org.preau.school.SubjectId;

/**
 * An evaluation as pages show it.
 *
 * @param targetName  the division's or group's name
 * @param publishedAt parents and pupils see the marks from this instant on
 * @param component   the socle component the evaluation also assesses, if any
 */
public record EvaluationView(EvaluationId id, String title, LocalDate heldOn, StaffId teacherId, SubjectId subjectId,
                             String subjectName, @Nullable DivisionId divisionId, @Nullable GroupId groupId,
                             String targetName, PeriodId periodId, BigDecimal scale, BigDecimal coefficient,
                             Instant publishedAt, @Nullable SocleComponent component) {

    public boolean isPublishedAt(Instant instant) {
        return !publishedAt.isAfter(instant);
    }
}

package org.preau.grades.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.grades.Grades;
import org.preau.grades.MarkView;
import org.preau.grades.PupilGrades;
import org.preau.platform.CurrentMember;
import org.preau.school.PeriodId;
import org.preau.school.PeriodView;
import org.preau.school.PupilId;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Grades", description = "Periods, a pupil's marks and averages")
class GradesApi {

    private final Grades grades;

    GradesApi(Grades grades) {
        this.grades = grades;
    }

    record PeriodJson(UUID id, String name, LocalDate start, LocalDate end) {
    }

    record MarkJson(UUID evaluationId, String title, LocalDate date, String value, BigDecimal outOf,
                    BigDecimal coefficient, @Nullable BigDecimal outOf20) {
        static MarkJson of(MarkView mark) {
            return new MarkJson(mark.evaluationId().value(), mark.title(), mark.date(), mark.value(), mark.scale(),
                    mark.coefficient(), mark.outOf20());
        }
    }

    /** {@code coefficient}: the subject's weight in {@code overallAverage} (0 = not counted). */
    record SubjectJson(UUID subjectId, String subject, @Nullable BigDecimal average, BigDecimal coefficient,
                       List<MarkJson> marks) {
    }

    record StudentGradesJson(UUID studentId, UUID periodId, List<SubjectJson> subjects,
                             @Nullable BigDecimal overallAverage) {
        static StudentGradesJson of(PupilGrades grades) {
            return new StudentGradesJson(grades.pupil().value(), grades.period().value(),
                    grades.subjects().stream().map(s -> new SubjectJson(s.subjectId().value(), s.subject(),
                            s.average(), s.coefficient(), s.marks().stream().map(MarkJson::of).toList())).toList(),
                    grades.overallAverage());
        }
    }

    @Operation(summary = "The periods (trimestres or semestres) of the current school year")
    @GetMapping("/periods")
    List<PeriodJson> periods() {
        CurrentMember.require();
        return grades.periods().stream().map(GradesApi::json).toList();
    }

    @Operation(summary = "A pupil's marks and averages (/20, 2 decimals) over a period (default: the current one)",
            description = "overallAverage = Σ(subject average × subject coefficient) / Σ subject coefficient over "
                    + "the subjects that have an average, each average as returned, rounded half up to 2 decimals. "
                    + "Parents see their children, a pupil themself, teachers the pupils they teach, staff the "
                    + "school; 404 otherwise. Parents and pupils do not see marks before their publication time.")
    @GetMapping("/students/{id}/grades")
    StudentGradesJson studentGrades(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID periodId) {
        PeriodId period = periodId != null ? new PeriodId(periodId)
                : grades.currentPeriod().map(PeriodView::id).orElseThrow(() -> notFound("No period"));
        if (grades.periods().stream().noneMatch(p -> p.id().equals(period))) {
            throw notFound("No such period");
        }
        return StudentGradesJson.of(grades.gradesOf(CurrentMember.require(), new PupilId(id), period));
    }

    private static PeriodJson json(PeriodView period) {
        return new PeriodJson(period.id().value(), period.name(), period.startsOn(), period.endsOn());
    }

    private static ErrorResponseException notFound(String detail) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail), null);
    }
}

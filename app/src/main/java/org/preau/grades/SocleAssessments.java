package org.preau.grades;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.preau.audit.AuditLog;
import org.preau.grades.internal.CompetenceStore;
import org.preau.grades.internal.GradingSettingsStore;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.school.DivisionId;
import org.preau.school.DivisionView;
import org.preau.school.PeriodId;
import org.preau.school.PeriodView;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.preau.school.StaffId;
import org.preau.school.SubjectId;
import org.preau.school.SubjectView;
import org.preau.school.TeachingAssignmentView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Compétences du socle assessed on their own, outside any marked evaluation: a teacher of a division records, for
 * each pupil and component, a level of the national 4-level scale in the subject they teach there, over a period.
 * Direction may read the grids. Families see the levels with the child's other compétences, after the same
 * embargo as marks (the school's {@link PublicationRule}, fixed when a cell is first filled).
 */
@Service
public class SocleAssessments {

    private final CompetenceStore store;
    private final GradingSettingsStore settings;
    private final SchoolStructure structure;
    private final AuditLog auditLog;
    private final Clock clock = Clock.systemUTC();

    SocleAssessments(CompetenceStore store, GradingSettingsStore settings, SchoolStructure structure,
                     AuditLog auditLog) {
        this.store = store;
        this.settings = settings;
        this.structure = structure;
        this.auditLog = auditLog;
    }

    /** The teacher's classes that are divisions (where they may assess the socle on its own). */
    @Transactional(readOnly = true)
    public List<TeachingAssignmentView> divisionsOf(Member teacher) {
        if (!teacher.has(Role.PROFESSEUR) || teacher.staffId() == null) {
            return List.of();
        }
        return structure.teachingAssignmentsOf(new StaffId(teacher.staffId())).stream()
                .filter(a -> a.divisionId() != null).toList();
    }

    /**
     * The grid of a division in a subject (default: the reader's first subject there) and period.
     *
     * @throws GradingDeniedException (403) unless the reader teaches the division or is direction
     */
    @Transactional
    public CompetenceGrid grid(Member reader, DivisionId divisionId, @Nullable SubjectId subjectId,
                               PeriodId periodId) {
        DivisionView division = division(divisionId);
        List<SubjectView> subjects = subjectsFor(reader, divisionId);
        if (subjects.isEmpty()) {
            throw new GradingDeniedException("Only the division's teachers and direction see its socle grid");
        }
        SubjectView subject = subjectId == null ? subjects.getFirst()
                : subjects.stream().filter(s -> s.id().equals(subjectId)).findFirst()
                        .orElseThrow(() -> new GradingDeniedException("Not a subject you may open in this division"));
        PeriodView period = period(periodId);
        boolean editable = teaches(reader, divisionId, subject.id());
        List<PupilSummary> pupils = structure.pupilsOfDivision(divisionId);
        Map<PupilId, Map<SocleComponent, CompetenceLevel>> levels = store.levels(
                pupils.stream().map(PupilSummary::id).toList(), subject.id(), period.id());
        if (!editable) {
            // direction reading pupils' assessments: recorded like any read of a pupil's data by someone else
            pupils.forEach(p -> auditLog.pupilDataRead(reader, p.id().value(), "compétences",
                    "grille " + division.name() + " " + subject.name()));
        }
        List<CompetenceGrid.Row> rows = pupils.stream()
                .map(p -> new CompetenceGrid.Row(p, levels.getOrDefault(p.id(), Map.of()))).toList();
        return new CompetenceGrid(division, subject, period, editable, subjects, rows);
    }

    /**
     * Records one cell: {@code points} 1–4 sets the level, 0 clears it.
     *
     * @throws GradingDeniedException   (403) unless the teacher teaches that subject to the division and the pupil
     *                                  is in it
     * @throws IllegalArgumentException for a level outside 0–4 or an unknown period
     */
    @Transactional
    public Optional<CompetenceLevel> saveLevel(Member teacher, DivisionId divisionId, SubjectId subject,
                                               PeriodId periodId, PupilId pupil, SocleComponent component,
                                               int points) {
        division(divisionId);
        if (!teaches(teacher, divisionId, subject)) {
            throw new GradingDeniedException("Only a teacher of this subject in the division assesses its pupils");
        }
        if (structure.pupilsOfDivision(divisionId).stream().noneMatch(p -> p.id().equals(pupil))) {
            throw new GradingDeniedException("This pupil is not in the division");
        }
        PeriodView period = period(periodId);
        if (points == 0) {
            store.delete(pupil, component, subject, period.id());
            return Optional.empty();
        }
        CompetenceLevel level = CompetenceLevel.ofPoints(points);
        LocalDate today = LocalDate.now(clock.withZone(Grades.SCHOOL_ZONE));
        store.save(pupil, component, level, subject, new StaffId(teacher.staffId()), period.id(), today,
                settings.publicationRule().publicationTime(today, clock.instant(), Grades.SCHOOL_ZONE));
        return Optional.of(level);
    }

    /** Subjects the reader may open for the division: theirs as a teacher there, all taught there for direction. */
    private List<SubjectView> subjectsFor(Member reader, DivisionId division) {
        List<SubjectId> taught = structure.teachingAssignments().stream()
                .filter(a -> division.equals(a.divisionId()))
                .filter(a -> reader.has(Role.DIRECTION) || isTeacher(reader, a))
                .map(TeachingAssignmentView::subjectId).distinct().toList();
        return structure.subjects().stream().filter(s -> taught.contains(s.id())).toList();
    }

    private boolean teaches(Member member, DivisionId division, SubjectId subject) {
        if (!member.has(Role.PROFESSEUR) || member.staffId() == null) {
            return false;
        }
        return structure.teachingAssignmentsOf(new StaffId(member.staffId())).stream()
                .anyMatch(a -> division.equals(a.divisionId()) && subject.equals(a.subjectId()));
    }

    private static boolean isTeacher(Member member, TeachingAssignmentView assignment) {
        return member.has(Role.PROFESSEUR) && member.staffId() != null
                && assignment.teacherId().value().equals(member.staffId());
    }

    private DivisionView division(DivisionId id) {
        return structure.divisions().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                        org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                                "No such division"), null));
    }

    private PeriodView period(PeriodId id) {
        return structure.periods().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown period"));
    }
}

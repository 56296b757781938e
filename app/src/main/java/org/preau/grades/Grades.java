package org.preau.grades;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.audit.AuditLog;
import org.preau.grades.internal.EvaluationStore;
import org.preau.grades.internal.EvaluationStore.PupilMark;
import org.preau.grades.internal.GradingSettingsStore;
import org.preau.platform.Ids;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.school.PeriodId;
import org.preau.school.PeriodView;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.preau.school.StaffId;
import org.preau.school.SubjectId;
import org.preau.school.TeachingAssignmentView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluations and marks. Teachers create evaluations for the classes they teach and enter marks; parents,
 * pupils and staff read a pupil's marks and averages (computed by {@link Averages} only), parents and pupils
 * never before an evaluation's publication time.
 */
@Service
public class Grades {

    /** Publication times and dates are school-local (metropolitan France). */
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Paris");

    private final EvaluationStore store;
    private final GradingSettingsStore settings;
    private final SchoolStructure structure;
    private final PupilAccess pupils;
    private final AuditLog auditLog;
    private final Clock clock;

    Grades(EvaluationStore store, GradingSettingsStore settings, SchoolStructure structure, PupilAccess pupils,
           AuditLog auditLog) {
        this.store = store;
        this.settings = settings;
        this.structure = structure;
        this.pupils = pupils;
        this.auditLog = auditLog;
        this.clock = Clock.systemUTC();
    }

    /** The periods of the current school year, in order. */
    @Transactional(readOnly = true)
    public List<PeriodView> periods() {
        return structure.periods();
    }

    /** The period containing today, else the latest that has begun, else the first. */
    @Transactional(readOnly = true)
    public Optional<PeriodView> currentPeriod() {
        List<PeriodView> periods = periods();
        var today = java.time.LocalDate.now(clock);
        return periods.stream().filter(p -> p.contains(today)).findFirst()
                .or(() -> periods.stream().filter(p -> !p.startsOn().isAfter(today)).reduce((a, b) -> b))
                .or(() -> periods.stream().findFirst());
    }

    /** The classes (teaching assignments) a teacher may set evaluations for. */
    @Transactional(readOnly = true)
    public List<TeachingAssignmentView> classesOf(Member teacher) {
        StaffId staff = teacherIdOf(teacher);
        return structure.teachingAssignmentsOf(staff);
    }

    @Transactional
    public EvaluationId createEvaluation(Member teacher, NewEvaluation request) {
        StaffId staff = teacherIdOf(teacher);
        TeachingAssignmentView assignment = structure.teachingAssignmentsOf(staff).stream()
                .filter(a -> a.id().equals(request.assignment())).findFirst()
                .orElseThrow(() -> new GradingDeniedException("Not one of your classes"));
        if (periods().stream().noneMatch(p -> p.id().equals(request.period()))) {
            throw new IllegalArgumentException("Unknown period");
        }
        if (request.title().isBlank()) {
            throw new IllegalArgumentException("An evaluation needs a title");
        }
        Instant publishedAt = request.publishedAt() != null ? request.publishedAt()
                : settings.publicationRule().publicationTime(request.heldOn(), clock.instant(), SCHOOL_ZONE);
        EvaluationId id = new EvaluationId(Ids.newId());
        store.insert(new EvaluationStore.NewRow(id.value(), staff, assignment.subjectId(), assignment.divisionId(),
                assignment.groupId(), request.period(), request.title().strip(), request.heldOn(), request.scale(),
                request.coefficient(), publishedAt, request.component()));
        return id;
    }

    /** The teacher's own evaluations, latest first. */
    @Transactional(readOnly = true)
    public List<EvaluationView> evaluationsOf(Member teacher) {
        return store.byTeacher(teacherIdOf(teacher));
    }

    /** An evaluation its teacher, or direction, may open. */
    @Transactional(readOnly = true)
    public EvaluationView evaluation(Member member, EvaluationId id) {
        EvaluationView evaluation = store.find(id).orElseThrow(() -> new GradingDeniedException("No such evaluation"));
        boolean owner = member.staffId() != null && evaluation.teacherId().value().equals(member.staffId());
        if (!owner && !member.has(Role.DIRECTION)) {
            throw new GradingDeniedException("Not your evaluation");
        }
        return evaluation;
    }

    /** The marks entry grid: every pupil of the evaluation's class, with their mark if any. */
    @Transactional(readOnly = true)
    public MarksGrid grid(Member member, EvaluationId id) {
        EvaluationView evaluation = evaluation(member, id);
        Map<PupilId, MarkValue> marks = store.marksOf(id);
        Map<PupilId, CompetenceLevel> levels = store.levelsOf(id);
        List<MarksGrid.Row> rows = pupilsOf(evaluation).stream()
                .map(p -> new MarksGrid.Row(p, marks.get(p.id()), levels.get(p.id()))).toList();
        return new MarksGrid(evaluation, rows, Averages.statisticsOfMarks(marks.values()).orElse(null));
    }

    /**
     * Saves what the teacher typed in one cell ("" clears it) and returns the class statistics afterwards.
     *
     * @throws IllegalArgumentException when the input is not a mark on this evaluation's scale
     */
    @Transactional
    public Optional<Averages.Statistics> saveMark(Member teacher, EvaluationId id, PupilId pupil, String input) {
        EvaluationView evaluation = evaluation(teacher, id);
        if (!evaluation.teacherId().value().equals(teacher.staffId())) {
            throw new GradingDeniedException("Only the evaluation's teacher enters its marks");
        }
        if (pupilsOf(evaluation).stream().noneMatch(p -> p.id().equals(pupil))) {
            throw new GradingDeniedException("This pupil is not in the evaluation's class");
        }
        Optional<MarkValue> mark = MarkValue.parse(input, evaluation.scale());
        if (mark.isPresent()) {
            store.saveMark(id, pupil, mark.get());
        } else {
            store.deleteMark(id, pupil);
        }
        return Averages.statisticsOfMarks(store.marksOf(id).values());
    }

    /**
     * Records a pupil's level (1–4, 0 to clear) on the socle component the evaluation assesses.
     *
     * @throws IllegalArgumentException when the evaluation assesses no component or the level is not 0–4
     */
    @Transactional
    public void saveLevel(Member teacher, EvaluationId id, PupilId pupil, int points) {
        EvaluationView evaluation = evaluation(teacher, id);
        if (!evaluation.teacherId().value().equals(teacher.staffId())) {
            throw new GradingDeniedException("Only the evaluation's teacher assesses its compétences");
        }
        if (pupilsOf(evaluation).stream().noneMatch(p -> p.id().equals(pupil))) {
            throw new GradingDeniedException("This pupil is not in the evaluation's class");
        }
        if (evaluation.component() == null) {
            throw new IllegalArgumentException("This evaluation assesses no compétence");
        }
        store.saveLevel(evaluation, pupil, points == 0 ? null : CompetenceLevel.ofPoints(points));
    }

    /**
     * A pupil's socle assessments over a period (within evaluations and on their own), with the access rules,
     * embargo and audit of {@link #gradesOf}.
     */
    @Transactional
    public List<CompetenceView> competencesOf(Member reader, PupilId pupil, PeriodId period) {
        pupils.requireCanSee(reader, pupil);
        auditLog.pupilDataRead(reader, pupil.value(), "compétences", "period " + period);
        return store.competencesOf(pupil, period, embargoFor(reader, pupil));
    }

    /**
     * A pupil's marks and averages over a period, for someone allowed to see the pupil (404 otherwise). Parents
     * and pupils see only published marks; every read by someone else than the pupil is audited.
     */
    @Transactional
    public PupilGrades gradesOf(Member reader, PupilId pupil, PeriodId period) {
        pupils.requireCanSee(reader, pupil);
        auditLog.pupilDataRead(reader, pupil.value(), "notes", "period " + period);
        return periodGrades(pupil, period, embargoFor(reader, pupil));
    }

    /**
     * The instant up to which {@code reader} sees marks of {@code pupil} (now, for parents and the pupil), or null
     * when they see every mark (direction and vie scolaire, the pupil's teachers).
     */
    @Transactional(readOnly = true)
    public @Nullable Instant embargoFor(Member reader, PupilId pupil) {
        if (reader.seesWholeSchool()) {
            return null;
        }
        if (reader.has(Role.PROFESSEUR) && reader.staffId() != null) {
            // only as their teacher: a teacher who is also a parent sees their own child like any parent
            Member asTeacher = new Member(reader.accountId(), reader.username(), reader.displayName(),
                    reader.school(), Set.of(Role.PROFESSEUR), reader.staffId(), null, null);
            if (pupils.canSee(asTeacher, pupil)) {
                return null;
            }
        }
        return clock.instant();
    }

    /**
     * A pupil's marks and averages over a period without any access check — for modules (report cards) that
     * checked their caller already. {@code publishedBy}: only marks published by then; null for all.
     */
    @Transactional(readOnly = true)
    public PupilGrades periodGrades(PupilId pupil, PeriodId period, @Nullable Instant publishedBy) {
        return summarise(pupil, period, store.marksOfPupil(pupil, period, publishedBy),
                settings.subjectCoefficients());
    }

    /** {@link #periodGrades} for several pupils at once (one query), in the order given. */
    @Transactional(readOnly = true)
    public Map<PupilId, PupilGrades> periodGrades(List<PupilId> pupils, PeriodId period,
                                                  @Nullable Instant publishedBy) {
        Map<PupilId, List<PupilMark>> marks = store.marksOfPupils(pupils, period, publishedBy);
        Map<SubjectId, BigDecimal> coefficients = settings.subjectCoefficients();
        Map<PupilId, PupilGrades> result = new LinkedHashMap<>();
        pupils.forEach(pupil -> result.put(pupil, summarise(pupil, period, marks.getOrDefault(pupil, List.of()),
                coefficients)));
        return result;
    }

    /** Subject averages, then the overall average weighted by the subjects' coefficients (1 when not set). */
    private static PupilGrades summarise(PupilId pupil, PeriodId period, List<PupilMark> pupilMarks,
                                         Map<SubjectId, BigDecimal> coefficients) {
        Map<SubjectId, List<PupilMark>> bySubject = new LinkedHashMap<>();
        for (PupilMark mark : pupilMarks) {
            bySubject.computeIfAbsent(mark.subject(), s -> new ArrayList<>()).add(mark);
        }
        List<SubjectGrades> subjects = new ArrayList<>();
        List<Averages.SubjectAverage> averages = new ArrayList<>();
        bySubject.forEach((subject, marks) -> {
            BigDecimal coefficient = coefficients.getOrDefault(subject, BigDecimal.ONE);
            List<Averages.Entry> entries = marks.stream()
                    .map(m -> new Averages.Entry(m.mark(), m.scale(), m.coefficient())).toList();
            BigDecimal average = Averages.subjectAverage(entries).orElse(null);
            if (average != null) {
                averages.add(new Averages.SubjectAverage(average, coefficient));
            }
            List<MarkView> views = marks.stream().map(m -> new MarkView(m.evaluation(), m.title(), m.heldOn(),
                    m.mark().display(), m.scale(), m.coefficient(),
                    Averages.normalised(new Averages.Entry(m.mark(), m.scale(), m.coefficient())).orElse(null)))
                    .toList();
            subjects.add(new SubjectGrades(subject, marks.getFirst().subjectName(), average, coefficient, views));
        });
        return new PupilGrades(pupil, period, subjects, Averages.overallAverage(averages).orElse(null));
    }

    private List<PupilSummary> pupilsOf(EvaluationView evaluation) {
        return evaluation.divisionId() != null ? structure.pupilsOfDivision(evaluation.divisionId())
                : structure.pupilsOfGroup(java.util.Objects.requireNonNull(evaluation.groupId()));
    }

    private static StaffId teacherIdOf(Member member) {
        if (!member.has(Role.PROFESSEUR) || member.staffId() == null) {
            throw new GradingDeniedException("Only teachers set evaluations");
        }
        return new StaffId(member.staffId());
    }
}

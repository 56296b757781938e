package org.preau.reportcards;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.preau.audit.AuditLog;
import org.preau.grades.Grades;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.reportcards.internal.LsuExport;
import org.preau.reportcards.internal.ReportCardAssembler;
import org.preau.reportcards.internal.ReportCardBatches;
import org.preau.reportcards.internal.ReportCardPdf;
import org.preau.reportcards.internal.ReportCardStore;
import org.preau.school.DivisionId;
import org.preau.school.DivisionView;
import org.preau.school.PeriodId;
import org.preau.school.PeriodView;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.PupilNotVisibleException;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.preau.school.StaffId;
import org.preau.school.SubjectId;
import org.preau.school.TeachingAssignmentView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;

/**
 * Report cards: who may read, print and write what. Parents and pupils read their own (published marks only),
 * teachers the pupils they teach and write appréciations for their subjects, the professeur principal and
 * direction record the conseil de classe's decisions.
 */
@Service
public class ReportCards {

    private final ReportCardAssembler assembler;
    private final ReportCardStore store;
    private final ReportCardPdf pdf;
    private final SchoolStructure structure;
    private final PupilAccess pupils;
    private final Grades grades;
    private final AuditLog auditLog;
    private final ReportCardBatches batches;
    private final LsuExport lsu;
    private final Scheduler scheduler;
    private final OneTimeTask<ReportCardBatches.Request> batchTask;

    ReportCards(ReportCardAssembler assembler, ReportCardStore store, ReportCardPdf pdf, SchoolStructure structure,
                PupilAccess pupils, Grades grades, AuditLog auditLog, ReportCardBatches batches, LsuExport lsu,
                Scheduler scheduler, OneTimeTask<ReportCardBatches.Request> batchTask) {
        this.batches = batches;
        this.lsu = lsu;
        this.scheduler = scheduler;
        this.batchTask = batchTask;
        this.assembler = assembler;
        this.store = store;
        this.pdf = pdf;
        this.structure = structure;
        this.pupils = pupils;
        this.grades = grades;
        this.auditLog = auditLog;
    }

    /** The pupil's report card for the period, for anyone who may see the pupil (404 otherwise); audited. */
    @Transactional
    public ReportCardView reportCard(Member reader, PupilId pupil, PeriodId period) {
        pupils.requireCanSee(reader, pupil);
        PeriodView periodView = period(period);
        auditLog.pupilDataRead(reader, pupil.value(), "bulletin", periodView.name());
        Instant publishedBy = grades.embargoFor(reader, pupil);
        PupilSummary summary = pupils.find(pupil).orElseThrow(() -> new PupilNotVisibleException(pupil));
        return assembler.pupil(summary, periodView, publishedBy);
    }

    /** The same report card as a PDF. */
    @Transactional
    public byte[] reportCardPdf(Member reader, PupilId pupil, PeriodId period, Locale locale) {
        return pdf.render(reportCard(reader, pupil, period), locale);
    }

    /** Direction, or the division's professeur principal: records the conseil de classe's decisions. */
    public boolean canDecide(Member member, PupilSummary pupil) {
        if (member.has(Role.DIRECTION)) {
            return true;
        }
        return pupil.divisionId() != null && isPrincipalTeacher(member, pupil.divisionId());
    }

    /** Direction, the professeur principal and the division's teachers open a division's report cards. */
    public boolean canViewDivision(Member member, DivisionId division) {
        if (member.has(Role.DIRECTION) || isPrincipalTeacher(member, division)) {
            return true;
        }
        return member.has(Role.PROFESSEUR) && member.staffId() != null
                && structure.teachesDivision(new StaffId(member.staffId()), division);
    }

    public void requireCanViewDivision(Member member, DivisionId division) {
        if (!canViewDivision(member, division)) {
            throw forbidden("Not one of your divisions");
        }
    }

    /** The divisions whose report cards the member may open. */
    @Transactional(readOnly = true)
    public List<DivisionView> divisionsOf(Member member) {
        return structure.divisions().stream().filter(d -> canViewDivision(member, d.id())).toList();
    }

    /** Every report card of a division, all marks counted (staff only). */
    @Transactional(readOnly = true)
    public List<ReportCardView> divisionReportCards(Member member, DivisionId division, PeriodId period) {
        requireCanViewDivision(member, division);
        return assembler.division(division, period(period), null);
    }

    @Transactional
    public void recordCouncilDecision(Member member, PupilId pupil, PeriodId period, CouncilDecision decision) {
        PupilSummary summary = pupils.find(pupil).orElseThrow(() -> new PupilNotVisibleException(pupil));
        if (!canDecide(member, summary)) {
            throw forbidden("Only direction or the professeur principal record the conseil's decisions");
        }
        period(period);
        store.saveCouncil(period, pupil, decision, member.staffId() == null ? null : new StaffId(member.staffId()));
    }

    /**
     * A teacher's appréciation of a pupil in the subject of one of their classes (teaching assignment); a blank
     * text removes it.
     */
    @Transactional
    public void writeAppreciation(Member teacher, TeachingAssignmentView assignment, PeriodId period,
                                  PupilId pupil, String text) {
        if (teacher.staffId() == null || !assignment.teacherId().value().equals(teacher.staffId())) {
            throw forbidden("Not one of your classes");
        }
        boolean inClass = pupilsOf(assignment).stream().anyMatch(p -> p.id().equals(pupil));
        if (!inClass) {
            throw forbidden("This pupil is not in that class");
        }
        if (text.length() > 1000) {
            throw new IllegalArgumentException("An appréciation has at most 1000 characters");
        }
        period(period);
        store.saveAppreciation(period, pupil, assignment.subjectId(), assignment.teacherId(), text);
    }

    /** The pupils of a class (division or group) of a teaching assignment. */
    public List<PupilSummary> pupilsOf(TeachingAssignmentView assignment) {
        return assignment.divisionId() != null ? structure.pupilsOfDivision(assignment.divisionId())
                : structure.pupilsOfGroup(Objects.requireNonNull(assignment.groupId()));
    }

    /** The appréciations already written for a subject, by pupil. */
    @Transactional(readOnly = true)
    public java.util.Map<PupilId, String> appreciations(PeriodId period, SubjectId subject, List<PupilSummary> of) {
        java.util.Map<PupilId, String> result = new java.util.HashMap<>();
        for (PupilSummary pupil : of) {
            var appreciation = store.appreciations(period, pupil.id()).get(subject);
            if (appreciation != null) {
                result.put(pupil.id(), appreciation.text());
            }
        }
        return result;
    }

    /** Direction or the division's professeur principal print a division's report cards. */
    public boolean canPrintDivision(Member member, DivisionId division) {
        return member.has(Role.DIRECTION) || isPrincipalTeacher(member, division);
    }

    /** Starts the background job that prints every report card of the division into one zip. */
    public UUID startBatch(Member member, DivisionId division, PeriodId period) {
        if (!canPrintDivision(member, division)) {
            throw forbidden("Only direction or the professeur principal print a division's report cards");
        }
        period(period);
        return batches.start(scheduler, batchTask, division, period, member.accountId());
    }

    public Optional<BatchView> batch(Member member, DivisionId division, UUID batch) {
        requireCanViewDivision(member, division);
        return batches.find(batch, division);
    }

    public Optional<BatchView> latestBatch(Member member, DivisionId division, PeriodId period) {
        requireCanViewDivision(member, division);
        return batches.latest(division, period);
    }

    public InputStream batchZip(Member member, DivisionId division, UUID batch) throws IOException {
        if (!canPrintDivision(member, division)) {
            throw forbidden("Only direction or the professeur principal print a division's report cards");
        }
        return batches.openZip(batch, division);
    }

    /** The period's report cards of the whole school in the LSU shape (direction only). */
    public byte[] lsuExport(Member member, PeriodId period) {
        if (!member.has(Role.DIRECTION)) {
            throw forbidden("The LSU export is for direction");
        }
        return lsu.export(period(period));
    }

    public PeriodView period(PeriodId period) {
        return structure.periods().stream().filter(p -> p.id().equals(period)).findFirst()
                .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such period"), null));
    }

    private boolean isPrincipalTeacher(Member member, DivisionId division) {
        return member.staffId() != null && structure.divisions().stream()
                .anyMatch(d -> d.id().equals(division) && d.principalTeacherId() != null
                        && d.principalTeacherId().value().equals(member.staffId()));
    }

    static ErrorResponseException forbidden(String detail) {
        return new ErrorResponseException(HttpStatus.FORBIDDEN,
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail), null);
    }
}

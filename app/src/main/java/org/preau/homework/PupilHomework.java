package org.preau.homework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.preau.audit.AuditLog;
import org.preau.homework.internal.Attachments;
import org.preau.homework.internal.Corrections;
import org.preau.homework.internal.HomeworkAccess;
import org.preau.homework.internal.HomeworkStore;
import org.preau.homework.internal.Submissions;
import org.preau.platform.Member;
import org.preau.school.DivisionId;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.PupilNotVisibleException;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The travail à faire of one pupil, by due date, as the pupil, their parents, their teachers and the school's
 * staff read it (the rules of {@link PupilAccess}: 404 for a pupil the reader has no relation to). Every read by
 * someone other than the pupil is written to the audit log.
 */
@Service
public class PupilHomework {

    private final PupilAccess pupils;
    private final SchoolStructure structure;
    private final HomeworkStore homework;
    private final Attachments attachments;
    private final Submissions submissions;
    private final Corrections corrections;
    private final HomeworkAccess access;
    private final AuditLog auditLog;

    PupilHomework(PupilAccess pupils, SchoolStructure structure, HomeworkStore homework, Attachments attachments,
                  Submissions submissions, Corrections corrections, HomeworkAccess access, AuditLog auditLog) {
        this.pupils = pupils;
        this.structure = structure;
        this.homework = homework;
        this.attachments = attachments;
        this.submissions = submissions;
        this.corrections = corrections;
        this.access = access;
        this.auditLog = auditLog;
    }

    /** The pupil, if the member may see them (404 otherwise). */
    @Transactional(readOnly = true)
    public PupilSummary pupil(Member member, PupilId pupil) {
        pupils.requireCanSee(member, pupil);
        return pupils.find(pupil).orElseThrow(() -> new PupilNotVisibleException(pupil));
    }

    /** The children whose homework a parent follows. */
    @Transactional(readOnly = true)
    public List<PupilSummary> childrenOf(Member parent) {
        return pupils.childrenOf(parent);
    }

    /** The pupil's homework due between two dates (inclusive), by due date then subject. */
    @Transactional
    public List<HomeworkItem> homeworkOf(Member member, PupilId pupil, LocalDate from, LocalDate to) {
        PupilSummary summary = pupil(member, pupil);
        auditLog.pupilDataRead(member, pupil.value(), "homework", from + "/" + to);
        List<DivisionId> divisions = summary.divisionId() == null ? List.of() : List.of(summary.divisionId());
        List<HomeworkStore.Row> rows = homework.dueFor(divisions, structure.groupsOfPupil(pupil), from, to);
        List<HomeworkId> ids = rows.stream().map(HomeworkStore.Row::id).toList();
        Map<HomeworkId, List<FileView>> files = attachments.of(ids);
        Set<HomeworkId> done = homework.doneBy(pupil, ids);
        Map<HomeworkId, List<SubmissionVersion>> handedIn = submissions.ofPupil(pupil, ids);
        Map<HomeworkId, CorrectionView> returned = corrections.latestFor(pupil, ids);
        List<HomeworkItem> items = new ArrayList<>();
        for (HomeworkStore.Row row : rows) {
            List<SubmissionVersion> versions = handedIn.getOrDefault(row.id(), List.of());
            items.add(new HomeworkItem(row.id(), row.subjectName(), row.teacherName(), row.targetName(),
                    row.givenOn(), row.dueOn(), row.description(), row.estimatedMinutes(),
                    files.getOrDefault(row.id(), List.of()), row.handInRequired(), row.handInDeadline(),
                    done.contains(row.id()), versions.isEmpty() ? null : versions.getFirst(), versions.size(),
                    returned.get(row.id())));
        }
        return items;
    }

    /** The pupil ticks (or unticks) a homework as done in their own list. */
    @Transactional
    public void markDone(Member member, HomeworkId id, boolean done) {
        if (member.pupilId() == null) {
            throw new HomeworkDeniedException("Only the pupil ticks their homework");
        }
        PupilId pupil = new PupilId(member.pupilId());
        HomeworkStore.Row row = homework.find(id).filter(r -> access.concerns(r.target(), pupil))
                .orElseThrow(() -> new HomeworkNotFoundException("homework"));
        homework.setDone(row.id(), pupil, done);
    }
}

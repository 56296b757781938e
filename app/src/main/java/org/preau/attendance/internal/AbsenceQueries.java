package org.preau.attendance.internal;

import java.util.List;
import java.util.UUID;

import org.preau.audit.AuditLog;
import org.preau.platform.Member;
import org.preau.school.PupilId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a pupil's absences, with the access rules of pupils' data and the audit of every reader but the pupil. */
@Service
public class AbsenceQueries {

    private final AbsenceBook book;
    private final AttendanceAccess access;
    private final AuditLog auditLog;
    private final JustificationDocuments documents;

    AbsenceQueries(AbsenceBook book, AttendanceAccess access, AuditLog auditLog, JustificationDocuments documents) {
        this.book = book;
        this.access = access;
        this.auditLog = auditLog;
        this.documents = documents;
    }

    /** Every absence and retard of the pupil, latest first: 404 for a caller without relation to the pupil. */
    @Transactional
    public List<Absence> absencesOf(Member reader, PupilId pupil) {
        access.requireCanSee(reader, pupil);
        auditLog.pupilDataRead(reader, pupil.value(), "absences", null);
        return book.ofPupil(pupil);
    }

    /** A justification document, for the pupil's family and vie scolaire only. */
    @Transactional
    public JustificationDocuments.Document document(Member reader, PupilId pupil, UUID absenceId, UUID documentId) {
        access.requireCanSee(reader, pupil);
        if (!AttendanceAccess.isVieScolaire(reader)) {
            access.requireParentOf(reader, pupil);
        }
        book.find(absenceId).filter(a -> a.pupil().equals(pupil))
                .orElseThrow(() -> new AttendanceNotFound("No such absence"));
        JustificationDocuments.Document document = documents.of(absenceId).stream()
                .filter(d -> d.id().equals(documentId)).findFirst()
                .orElseThrow(() -> new AttendanceNotFound("No such document"));
        auditLog.pupilDataRead(reader, pupil.value(), "absences", "justificatif " + documentId);
        return document;
    }
}

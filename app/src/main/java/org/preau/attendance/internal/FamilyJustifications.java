package org.preau.attendance.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Member;
import org.preau.school.PupilId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family justifies an absence: the motif and the document are recorded together or not at all, and only
 * after the document is durably stored, so an acknowledged justification never lacks its file.
 */
@Service
public class FamilyJustifications {

    private final AbsenceRegister register;
    private final JustificationDocuments documents;

    FamilyJustifications(AbsenceRegister register, JustificationDocuments documents) {
        this.register = register;
        this.documents = documents;
    }

    @Transactional
    public void justify(Member parent, PupilId pupil, UUID absenceId, UUID motifId,
                        JustificationDocuments.@Nullable Upload upload) {
        register.justifyByFamily(parent, pupil, absenceId, motifId);
        if (upload != null) {
            documents.attach(absenceId, upload, parent.accountId());
        }
    }
}

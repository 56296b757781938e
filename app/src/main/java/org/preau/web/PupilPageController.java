package org.preau.web;

import java.util.UUID;

import org.preau.audit.AuditLog;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.PupilNotVisibleException;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.preau.school.StaffView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A pupil's card (fiche élève): name, division, professeur principal. Only for those who may see the pupil;
 * anyone else gets the same 404 as for a pupil that does not exist. Every read by someone other than the
 * pupil is written to the audit log.
 */
@Controller
class PupilPageController {

    private final PupilAccess pupils;
    private final SchoolStructure structure;
    private final AuditLog auditLog;

    PupilPageController(PupilAccess pupils, SchoolStructure structure, AuditLog auditLog) {
        this.pupils = pupils;
        this.structure = structure;
        this.auditLog = auditLog;
    }

    @GetMapping("/pupils/{id}")
    String card(@PathVariable UUID id, Model model) {
        Member member = CurrentMember.require();
        PupilId pupilId = new PupilId(id);
        pupils.requireCanSee(member, pupilId);
        PupilSummary pupil = pupils.find(pupilId).orElseThrow(() -> new PupilNotVisibleException(pupilId));
        auditLog.pupilDataRead(member, id, "fiche", null);
        model.addAttribute("pupil", pupil);
        model.addAttribute("principalTeacher", pupil.divisionId() == null ? null : structure.divisions().stream()
                .filter(d -> d.id().equals(pupil.divisionId()) && d.principalTeacherId() != null)
                .findFirst()
                .flatMap(d -> structure.staff().stream().filter(s -> s.id().equals(d.principalTeacherId())).findFirst())
                .map(StaffView::displayName)
                .orElse(null));
        return "web/pupil";
    }
}

package org.preau.attendance.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.attendance.Attendance;
import org.preau.attendance.HalfDayCounts;
import org.preau.attendance.internal.Absence;
import org.preau.attendance.internal.AbsenceQueries;
import org.preau.attendance.internal.AttendanceRejected;
import org.preau.attendance.internal.FamilyJustifications;
import org.preau.attendance.internal.JustificationDocuments;
import org.preau.attendance.internal.Motifs;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Families' page: their children's absences and retards, and justifying them online. */
@Controller
class FamilyAbsencePages {

    /** One child and their absences. */
    record Child(PupilSummary pupil, List<Absence> absences, HalfDayCounts year) {
    }

    private final PupilAccess pupils;
    private final AbsenceQueries queries;
    private final FamilyJustifications justifications;
    private final JustificationDocuments documents;
    private final Motifs motifs;
    private final Attendance attendance;
    private final SchoolYearDates year;

    FamilyAbsencePages(PupilAccess pupils, AbsenceQueries queries, FamilyJustifications justifications,
                       JustificationDocuments documents, Motifs motifs, Attendance attendance, SchoolYearDates year) {
        this.pupils = pupils;
        this.queries = queries;
        this.justifications = justifications;
        this.documents = documents;
        this.motifs = motifs;
        this.attendance = attendance;
        this.year = year;
    }

    @GetMapping("/attendance/absences")
    String absences(Model model) {
        Member member = CurrentMember.require();
        List<PupilSummary> children = member.has(Role.PARENT) ? pupils.childrenOf(member)
                : member.pupilId() != null ? pupils.find(new PupilId(member.pupilId())).stream().toList() : List.of();
        model.addAttribute("children", children.stream()
                .map(child -> new Child(child, queries.absencesOf(member, child.id()),
                        attendance.absenceHalfDays(child.id(), year.start(), year.endOrToday())))
                .toList());
        model.addAttribute("canJustify", member.has(Role.PARENT));
        model.addAttribute("motifs", motifs.forFamilies());
        model.addAttribute("maxMegabytes", JustificationDocuments.MAX_BYTES / (1024 * 1024));
        return "attendance/family";
    }

    @PostMapping("/attendance/absences/{pupilId}/{absenceId}/justification")
    String justify(@PathVariable UUID pupilId, @PathVariable UUID absenceId, @RequestParam UUID motifId,
                   @RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            justifications.justify(CurrentMember.require(), new PupilId(pupilId), absenceId, motifId, Uploads.of(file));
            redirect.addFlashAttribute("notice", "justify.saved");
        } catch (AttendanceRejected rejected) {
            redirect.addFlashAttribute("error", rejected.messageKey());
        }
        return "redirect:/attendance/absences#a-" + absenceId;
    }

    @GetMapping("/attendance/absences/{pupilId}/{absenceId}/documents/{documentId}")
    ResponseEntity<InputStreamResource> document(@PathVariable UUID pupilId, @PathVariable UUID absenceId,
                                                 @PathVariable UUID documentId) throws IOException {
        var document = queries.document(CurrentMember.require(), new PupilId(pupilId), absenceId, documentId);
        InputStream content = documents.open(document);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.originalName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }
}

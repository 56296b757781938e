package org.preau.reportcards.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.grades.Grades;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.reportcards.CouncilDecision;
import org.preau.reportcards.Distinction;
import org.preau.reportcards.ReportCardView;
import org.preau.reportcards.ReportCards;
import org.preau.school.DivisionId;
import org.preau.school.PeriodId;
import org.preau.school.PeriodView;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.preau.school.TeachingAssignmentView;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Report card pages: choosing a division, the division's overview and batch, one bulletin, appréciations. */
@Controller
class ReportCardPages {

    private final ReportCards reportCards;
    private final Grades grades;
    private final PupilAccess pupils;

    ReportCardPages(ReportCards reportCards, Grades grades, PupilAccess pupils) {
        this.reportCards = reportCards;
        this.grades = grades;
        this.pupils = pupils;
    }

    @GetMapping("/reportcards")
    String home(@RequestParam(required = false) @Nullable UUID periodId, Model model) {
        Member member = CurrentMember.require();
        List<PeriodView> periods = grades.periods();
        PeriodId period = periodId != null ? new PeriodId(periodId)
                : grades.currentPeriod().map(PeriodView::id).orElse(null);
        model.addAttribute("periods", periods);
        model.addAttribute("periodId", period);
        model.addAttribute("divisions", reportCards.divisionsOf(member));
        List<PupilSummary> own = member.has(Role.ELEVE) && member.pupilId() != null
                ? pupils.find(new PupilId(member.pupilId())).stream().toList() : pupils.childrenOf(member);
        model.addAttribute("children", own);
        model.addAttribute("classes", member.has(Role.PROFESSEUR) && member.staffId() != null
                ? grades.classesOf(member) : List.of());
        model.addAttribute("isDirection", member.has(Role.DIRECTION));
        return "reportcards/home";
    }

    @GetMapping("/reportcards/{periodId}/divisions/{divisionId}")
    String division(@PathVariable UUID periodId, @PathVariable UUID divisionId, Model model) {
        Member member = CurrentMember.require();
        DivisionId division = new DivisionId(divisionId);
        PeriodId period = new PeriodId(periodId);
        List<ReportCardView> cards = reportCards.divisionReportCards(member, division, period);
        model.addAttribute("cards", cards);
        model.addAttribute("period", reportCards.period(period));
        model.addAttribute("divisionId", division);
        model.addAttribute("periodId", period);
        model.addAttribute("divisionName", cards.isEmpty() ? "" : cards.getFirst().pupil().divisionName());
        model.addAttribute("canPrint", reportCards.canPrintDivision(member, division));
        model.addAttribute("batch", reportCards.latestBatch(member, division, period).orElse(null));
        return "reportcards/division";
    }

    @PostMapping("/reportcards/{periodId}/divisions/{divisionId}/batches")
    String startBatch(@PathVariable UUID periodId, @PathVariable UUID divisionId) {
        reportCards.startBatch(CurrentMember.require(), new DivisionId(divisionId), new PeriodId(periodId));
        return "redirect:/reportcards/" + periodId + "/divisions/" + divisionId;
    }

    /** The progress fragment, polled by htmx while the batch runs. */
    @GetMapping("/reportcards/{periodId}/divisions/{divisionId}/batches/{batchId}")
    String batch(@PathVariable UUID periodId, @PathVariable UUID divisionId, @PathVariable UUID batchId,
                 Model model) {
        var batch = reportCards.batch(CurrentMember.require(), new DivisionId(divisionId), batchId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("batch", batch);
        model.addAttribute("periodId", periodId);
        model.addAttribute("divisionId", divisionId);
        return "reportcards/division :: progress";
    }

    @GetMapping("/reportcards/{periodId}/divisions/{divisionId}/batches/{batchId}/zip")
    ResponseEntity<InputStreamResource> zip(@PathVariable UUID periodId, @PathVariable UUID divisionId,
                                            @PathVariable UUID batchId) throws IOException {
        InputStream zip = reportCards.batchZip(CurrentMember.require(), new DivisionId(divisionId), batchId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bulletins-" + batchId + ".zip").build().toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(new InputStreamResource(zip));
    }

    @GetMapping("/reportcards/{periodId}/pupils/{pupilId}")
    String reportCard(@PathVariable UUID periodId, @PathVariable UUID pupilId, Model model) {
        Member member = CurrentMember.require();
        ReportCardView card = reportCards.reportCard(member, new PupilId(pupilId), new PeriodId(periodId));
        model.addAttribute("card", card);
        model.addAttribute("pdf", false);
        model.addAttribute("canDecide", reportCards.canDecide(member, card.pupil()));
        model.addAttribute("distinctions", Arrays.asList(Distinction.values()));
        return "reportcards/report-card";
    }

    @GetMapping("/reportcards/{periodId}/pupils/{pupilId}/pdf")
    ResponseEntity<byte[]> reportCardPdf(@PathVariable UUID periodId, @PathVariable UUID pupilId, Locale locale) {
        byte[] pdf = reportCards.reportCardPdf(CurrentMember.require(), new PupilId(pupilId), new PeriodId(periodId),
                locale);
        return ReportCardApi.pdfResponse(pdf, "bulletin-" + pupilId + ".pdf");
    }

    @PostMapping("/reportcards/{periodId}/pupils/{pupilId}/council")
    String council(@PathVariable UUID periodId, @PathVariable UUID pupilId,
                   @RequestParam(required = false) @Nullable String generalAppreciation,
                   @RequestParam(required = false) @Nullable String distinction,
                   @RequestParam(defaultValue = "false") boolean workWarning,
                   @RequestParam(defaultValue = "false") boolean conductWarning) {
        Distinction chosen = distinction == null || distinction.isBlank() ? null : Distinction.valueOf(distinction);
        reportCards.recordCouncilDecision(CurrentMember.require(), new PupilId(pupilId), new PeriodId(periodId),
                new CouncilDecision(generalAppreciation, chosen, workWarning, conductWarning));
        return "redirect:/reportcards/" + periodId + "/pupils/" + pupilId;
    }

    @GetMapping("/reportcards/{periodId}/appreciations/{assignmentId}")
    String appreciations(@PathVariable UUID periodId, @PathVariable UUID assignmentId, Model model) {
        Member member = CurrentMember.require();
        TeachingAssignmentView assignment = assignment(member, assignmentId);
        PeriodId period = new PeriodId(periodId);
        List<PupilSummary> classPupils = reportCards.pupilsOf(assignment);
        Map<PupilId, java.math.BigDecimal> averages = new java.util.HashMap<>();
        for (PupilSummary pupil : classPupils) {
            grades.periodGrades(pupil.id(), period, null).subject(assignment.subjectId())
                    .map(s -> s.average()).ifPresent(a -> averages.put(pupil.id(), a));
        }
        model.addAttribute("assignment", assignment);
        model.addAttribute("period", reportCards.period(period));
        model.addAttribute("pupils", classPupils);
        model.addAttribute("averages", averages);
        model.addAttribute("texts", reportCards.appreciations(period, assignment.subjectId(), classPupils));
        return "reportcards/appreciations";
    }

    @PostMapping("/reportcards/{periodId}/appreciations/{assignmentId}")
    String saveAppreciations(@PathVariable UUID periodId, @PathVariable UUID assignmentId,
                             @RequestParam MultiValueMap<String, String> form) {
        Member member = CurrentMember.require();
        TeachingAssignmentView assignment = assignment(member, assignmentId);
        PeriodId period = new PeriodId(periodId);
        for (PupilSummary pupil : reportCards.pupilsOf(assignment)) {
            String text = form.getFirst("appreciation-" + pupil.id());
            if (text != null) {
                reportCards.writeAppreciation(member, assignment, period, pupil.id(), text);
            }
        }
        return "redirect:/reportcards/" + periodId + "/appreciations/" + assignmentId + "?saved";
    }

    @GetMapping("/reportcards/{periodId}/lsu.xml")
    ResponseEntity<byte[]> lsu(@PathVariable UUID periodId) {
        byte[] xml = reportCards.lsuExport(CurrentMember.require(), new PeriodId(periodId));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("lsu-" + periodId + ".xml").build().toString())
                .contentType(MediaType.APPLICATION_XML).body(xml);
    }

    private TeachingAssignmentView assignment(Member member, UUID assignmentId) {
        return grades.classesOf(member).stream().filter(a -> a.id().value().equals(assignmentId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "Not one of your classes"));
    }
}

package org.preau.reportcards.web;

import java.util.Locale;
import java.util.UUID;

import org.preau.platform.CurrentMember;
import org.preau.reportcards.ReportCards;
import org.preau.school.PeriodId;
import org.preau.school.PupilId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Report cards", description = "Bulletins as PDF")
class ReportCardApi {

    private final ReportCards reportCards;

    ReportCardApi(ReportCards reportCards) {
        this.reportCards = reportCards;
    }

    @Operation(summary = "A pupil's report card (bulletin) for a period, as PDF",
            description = "Parents get their children's, a pupil their own, teachers those of pupils they teach, "
                    + "staff the school's; 404 otherwise. Parents and pupils see only published marks.")
    @GetMapping(value = "/students/{id}/report-cards/{periodId}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> reportCard(@PathVariable UUID id, @PathVariable UUID periodId, Locale locale) {
        byte[] pdf = reportCards.reportCardPdf(CurrentMember.require(), new PupilId(id), new PeriodId(periodId),
                locale);
        return pdfResponse(pdf, "bulletin-" + id + ".pdf");
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] pdf, String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build()
                        .toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }
}

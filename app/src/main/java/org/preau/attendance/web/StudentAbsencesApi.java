package org.preau.attendance.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.attendance.internal.AbsenceBook;
import org.preau.attendance.internal.AttendanceAccess;
import org.preau.attendance.internal.AttendanceRejected;
import org.preau.attendance.internal.FamilyJustifications;
import org.preau.attendance.internal.Motifs;
import org.preau.platform.CurrentMember;
import org.preau.school.PupilId;
import org.preau.attendance.internal.AbsenceQueries;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A pupil's absences and retards, and their justification by the family. */
@RestController
@RequestMapping("/api/v1/students/{id}/absences")
@Tag(name = "Absences")
class StudentAbsencesApi {

    /** A motif a family may give. */
    record MotifJson(UUID id, String name) {
    }

    private final AbsenceQueries queries;
    private final FamilyJustifications justification;
    private final AttendanceAccess access;
    private final Motifs motifs;
    private final AbsenceBook book;

    StudentAbsencesApi(AbsenceQueries queries, FamilyJustifications justification, AttendanceAccess access,
                       Motifs motifs, AbsenceBook book) {
        this.queries = queries;
        this.justification = justification;
        this.access = access;
        this.motifs = motifs;
        this.book = book;
    }

    @GetMapping
    @Operation(summary = "The pupil's absences and retards, latest first",
            description = "Parents see their children, a pupil themself, teachers the pupils they teach, vie scolaire "
                    + "and direction the school; 404 for anyone else. Every reader but the pupil is audited.")
    List<AbsenceJson> absences(@PathVariable UUID id) {
        return queries.absencesOf(CurrentMember.require(), new PupilId(id)).stream().map(AbsenceJson::of).toList();
    }

    @GetMapping("/motifs")
    @Operation(summary = "The motifs the pupil's family may give when justifying (family only)")
    List<MotifJson> motifs(@PathVariable UUID id) {
        access.requireParentOf(CurrentMember.require(), new PupilId(id));
        return motifs.forFamilies().stream().map(m -> new MotifJson(m.id(), m.name())).toList();
    }

    @PostMapping(path = "/{absenceId}/justification")
    @Operation(summary = "Justify an absence (the pupil's family): a motif and optionally a PDF, JPEG or PNG of "
            + "at most 5 MB", description = "A multipart/form-data request with the fields motifId and file (optional). "
            + "Answered once the document is durably stored. 409 if already justified.")
    AbsenceJson justify(@PathVariable UUID id, @PathVariable UUID absenceId,
                        @RequestParam(required = false) @Nullable UUID motifId,
                        @RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
        PupilId pupil = new PupilId(id);
        // Who may justify is answered before what is sent: a stranger learns nothing from a malformed request.
        access.requireParentOf(CurrentMember.require(), pupil);
        if (motifId == null) {
            throw new AttendanceRejected(HttpStatus.BAD_REQUEST, "justify.error.motif", "motifId is required");
        }
        justification.justify(CurrentMember.require(), pupil, absenceId, motifId, Uploads.of(file));
        return AbsenceJson.of(book.find(absenceId).orElseThrow());
    }
}

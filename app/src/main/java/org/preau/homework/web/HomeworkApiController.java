package org.preau.homework.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.homework.FileRejectedException;
import org.preau.homework.FileView;
import org.preau.homework.HandIns;
import org.preau.homework.HomeworkId;
import org.preau.homework.HomeworkItem;
import org.preau.homework.PupilHomework;
import org.preau.homework.SubmissionVersion;
import org.preau.homework.UploadedFile;
import org.preau.homework.internal.SchoolClock;
import org.preau.platform.CurrentMember;
import org.preau.school.PupilId;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A pupil's travail à faire and their hand-ins, as JSON. */
@RestController
@RequestMapping("/api/v1/students/{id}/homework")
@Tag(name = "Homework", description = "Cahier de textes: travail à faire and remise de copies")
class HomeworkApiController {

    record Attachment(UUID id, String name, String contentType, long size, String url) {
    }

    record Item(UUID id, String subject, String teacher, String division, LocalDate givenOn, LocalDate dueOn,
                String description, int estimatedMinutes, List<Attachment> attachments, boolean handInRequired,
                @Nullable Instant handInDeadline, boolean submitted, boolean late, @Nullable BigDecimal mark,
                boolean done) {
    }

    record Submission(UUID id, UUID homeworkId, int version, String fileName, String contentType, long size,
                      Instant submittedAt, boolean late) {
    }

    private final PupilHomework pupilHomework;
    private final HandIns handIns;
    private final MessageSource messages;

    HomeworkApiController(PupilHomework pupilHomework, HandIns handIns, MessageSource messages) {
        this.pupilHomework = pupilHomework;
        this.handIns = handIns;
        this.messages = messages;
    }

    /** 400, 413 or 415 with the reason in the caller's language (Accept-Language). */
    @ExceptionHandler(FileRejectedException.class)
    ResponseEntity<ProblemDetail> fileRejected(FileRejectedException e, Locale locale) {
        return HomeworkWebAdvice.fileRejected(e, messages, locale);
    }

    @GetMapping
    @Operation(summary = "The pupil's homework due between two dates (default: the next 14 days), by due date",
            description = "Parents see their children, a pupil themself, teachers the pupils they teach, staff the "
                    + "school; 404 for a pupil without relation to the caller.")
    List<Item> homework(@PathVariable UUID id,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        LocalDate start = from == null ? SchoolClock.today() : from;
        LocalDate end = to == null ? start.plusDays(14) : to;
        if (end.isBefore(start) || end.isAfter(start.plusYears(1))) {
            throw new IllegalArgumentException("'to' must be after 'from', within a year");
        }
        return pupilHomework.homeworkOf(CurrentMember.require(), new PupilId(id), start, end).stream()
                .map(HomeworkApiController::item).toList();
    }

    @PostMapping(path = "/{homeworkId}/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "The pupil hands in a file (only the pupil themself; previous versions are kept)",
            description = "Late when after the deadline. 413 when too large, 415 for a type not accepted.")
    ResponseEntity<Submission> handIn(@PathVariable UUID id, @PathVariable UUID homeworkId,
                                      @RequestPart("file") MultipartFile file) {
        SubmissionVersion version = handIns.submit(CurrentMember.require(), new PupilId(id),
                new HomeworkId(homeworkId), upload(file));
        return ResponseEntity.created(URI.create("/homework/submissions/" + version.id()))
                .body(new Submission(version.id().value(), homeworkId, version.version(), version.fileName(),
                        version.contentType(), version.size(), version.submittedAt(), version.late()));
    }

    static UploadedFile upload(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "fichier" : file.getOriginalFilename();
        return new UploadedFile(name, file.getContentType(), file.getSize(), file);
    }

    private static Item item(HomeworkItem h) {
        List<Attachment> attachments = h.attachments().stream().map(HomeworkApiController::attachment).toList();
        return new Item(h.id().value(), h.subjectName(), h.teacherName(), h.targetName(), h.givenOn(), h.dueOn(),
                h.description(), h.estimatedMinutes(), attachments, h.handInRequired(), h.handInDeadline(),
                h.submitted(), h.late(), h.mark(), h.done());
    }

    private static Attachment attachment(FileView f) {
        return new Attachment(f.id(), f.fileName(), f.contentType(), f.size(), "/homework/attachments/" + f.id());
    }
}

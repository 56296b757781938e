package org.preau.timetable.web;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.audit.AuditLog;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.SchoolStructure;
import org.preau.timetable.internal.CalendarFeeds;
import org.preau.timetable.internal.Exports;
import org.preau.timetable.internal.Labels;
import org.preau.timetable.internal.LessonChanges;
import org.preau.timetable.internal.Occurrence;
import org.preau.timetable.internal.PupilLessons;
import org.preau.timetable.internal.TimetableAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;

/** Timetables over REST: a pupil's lessons, the caller's calendar feeds, teacher absences. */
@RestController
@RequestMapping("/api/v1")
class TimetableApiController {

    private final PupilAccess pupils;
    private final PupilLessons pupilLessons;
    private final Labels labels;
    private final Exports exports;
    private final AuditLog audit;
    private final CalendarFeeds feeds;
    private final TimetableAccess access;
    private final LessonChanges changes;
    private final SchoolStructure school;

    TimetableApiController(PupilAccess pupils, PupilLessons pupilLessons, Labels labels, Exports exports, AuditLog audit,
                           CalendarFeeds feeds, TimetableAccess access, LessonChanges changes, SchoolStructure school) {
        this.pupils = pupils;
        this.pupilLessons = pupilLessons;
        this.labels = labels;
        this.exports = exports;
        this.audit = audit;
        this.feeds = feeds;
        this.access = access;
        this.changes = changes;
        this.school = school;
    }

    @Operation(summary = "A pupil's lessons between two dates (this week by default), changes included")
    @GetMapping("/students/{id}/timetable")
    Map<String, Object> pupilTimetable(@PathVariable UUID id,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
        Member member = CurrentMember.require();
        PupilId pupil = new PupilId(id);
        pupils.requireCanSee(member, pupil);
        LocalDate start = from != null ? from : LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = to != null ? to : start.plusDays(6);
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) > 400) {
            throw badRequest("'to' must be on or after 'from', at most 400 days later");
        }
        audit.pupilDataRead(member, id, "emploi du temps", start + "/" + end);
        Labels.Directory directory = labels.directory();
        List<Map<String, Object>> lessons = pupilLessons.of(pupil, start, end).stream()
                .map(o -> exports.json(o, directory)).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pupilId", id);
        body.put("from", start.toString());
        body.put("to", end.toString());
        body.put("lessons", lessons);
        return body;
    }

    @Operation(summary = "The caller's secret calendar feed addresses (a parent gets one per child)")
    @GetMapping("/me/calendar-feeds")
    List<Map<String, Object>> myFeeds() {
        Member member = CurrentMember.require();
        return access.ownFeeds(member, feeds).stream().map(f -> feedJson(member, f)).toList();
    }

    record AbsenceRequest(UUID teacherId, LocalDate from, LocalDate to, @Nullable String reason) {
    }

    @Operation(summary = "Records a teacher's absence (direction, CPE): the teacher's lessons in it are cancelled")
    @PostMapping("/teacher-absences")
    ResponseEntity<Map<String, Object>> recordAbsence(@RequestBody AbsenceRequest request) {
        Member member = CurrentMember.require();
        access.requireCanChange(member);
        if (request.teacherId() == null || request.from() == null || request.to() == null
                || request.to().isBefore(request.from())) {
            throw badRequest("teacherId, from and to are required, and to must not be before from");
        }
        if (school.teachers().stream().noneMatch(t -> t.id().value().equals(request.teacherId()))) {
            throw badRequest("No such teacher in this school");
        }
        List<Occurrence> cancelled = changes.recordAbsence(request.teacherId(), request.from(), request.to(),
                request.reason() == null ? "" : request.reason(), member.displayName());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("teacherId", request.teacherId());
        body.put("from", request.from().toString());
        body.put("to", request.to().toString());
        body.put("reason", request.reason() == null ? "" : request.reason());
        body.put("cancelledLessons", cancelled.stream().map(Occurrence::id).toList());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    static Map<String, Object> feedJson(Member member, CalendarFeeds.Feed feed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scope", feed.scope().name().toLowerCase(java.util.Locale.ROOT));
        json.put("id", feed.targetId());
        json.put("url", feedUrl(member, feed));
        return json;
    }

    static String feedUrl(Member member, CalendarFeeds.Feed feed) {
        URI uri = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendar/{school}/{scope}/{id}/{token}.ics")
                .buildAndExpand(member.school().value(), feed.scope().name().toLowerCase(java.util.Locale.ROOT),
                        feed.targetId(), feed.token())
                .toUri();
        return uri.toString();
    }

    private static ErrorResponseException badRequest(String detail) {
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                detail), null);
    }
}

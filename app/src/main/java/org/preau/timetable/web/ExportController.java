package org.preau.timetable.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.preau.audit.AuditLog;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.timetable.internal.CalendarFeeds;
import org.preau.timetable.internal.Exports;
import org.preau.timetable.internal.Labels;
import org.preau.timetable.internal.ScopedLessons;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Lessons of a pupil, teacher, division or room over any date range, as CSV or JSON, changes included. */
@RestController
class ExportController {

    private final ScopedLessons lessons;
    private final Labels labels;
    private final Exports exports;
    private final AuditLog audit;

    ExportController(ScopedLessons lessons, Labels labels, Exports exports, AuditLog audit) {
        this.lessons = lessons;
        this.labels = labels;
        this.exports = exports;
        this.audit = audit;
    }

    @GetMapping("/timetable/export/{scope}/{id}.csv")
    ResponseEntity<String> csv(@PathVariable String scope, @PathVariable UUID id,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        CalendarFeeds.Scope s = checked(scope, id, from, to);
        String body = exports.csv(lessons.lessons(s, id, from, to), labels.directory());
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"emploi-du-temps-" + from + "-" + to + ".csv\"")
                .body(body);
    }

    @GetMapping(path = "/timetable/export/{scope}/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> json(@PathVariable String scope, @PathVariable UUID id,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        CalendarFeeds.Scope s = checked(scope, id, from, to);
        Labels.Directory directory = labels.directory();
        List<Map<String, Object>> list = lessons.lessons(s, id, from, to).stream().map(o -> exports.json(o, directory)).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scope", scope);
        body.put("id", id);
        body.put("from", from.toString());
        body.put("to", to.toString());
        body.put("lessons", list);
        return body;
    }

    private CalendarFeeds.Scope checked(String scope, UUID id, LocalDate from, LocalDate to) {
        Member m = CurrentMember.require();
        CalendarFeeds.Scope s = WeekController.scope(scope);
        if (!lessons.canSee(m, s, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 400) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (s == CalendarFeeds.Scope.PUPIL) {
            audit.pupilDataRead(m, id, "emploi du temps (export)", from + "/" + to);
        }
        return s;
    }
}

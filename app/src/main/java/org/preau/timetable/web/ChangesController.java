package org.preau.timetable.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.school.SchoolStructure;
import org.preau.timetable.internal.DayStructures;
import org.preau.timetable.internal.Labels;
import org.preau.timetable.internal.LessonChanges;
import org.preau.timetable.internal.Occurrence;
import org.preau.timetable.internal.Occurrences;
import org.preau.timetable.internal.Publications;
import org.preau.timetable.internal.TimetableAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Week-by-week changes for direction and vie scolaire: a teacher's absence, and for one dated lesson a cancellation,
 * a replacement, a room change or a move; every change with its history (who, when, why).
 */
@Controller
class ChangesController {

    private final LessonChanges changes;
    private final Occurrences occurrences;
    private final TimetableAccess access;
    private final Labels labels;
    private final SchoolStructure school;
    private final DayStructures structures;
    private final Publications publications;

    ChangesController(LessonChanges changes, Occurrences occurrences, TimetableAccess access, Labels labels,
                      SchoolStructure school, DayStructures structures, Publications publications) {
        this.publications = publications;
        this.changes = changes;
        this.occurrences = occurrences;
        this.access = access;
        this.labels = labels;
        this.school = school;
        this.structures = structures;
    }

    private Member changer() {
        Member m = CurrentMember.require();
        access.requireCanChange(m);
        return m;
    }

    @GetMapping("/timetable/changes")
    String week(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
                Model model) {
        changer();
        LocalDate monday = (date == null ? LocalDate.now(Publications.PARIS) : date)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        model.addAttribute("monday", monday);
        model.addAttribute("history", changes.between(monday, monday.plusDays(6)));
        model.addAttribute("teachers", school.teachers());
        model.addAttribute("labels", labels.directory());
        model.addAttribute("divisions", school.divisions());
        model.addAttribute("subjects", school.subjects());
        model.addAttribute("rooms", school.rooms());
        model.addAttribute("periods", structures.current().periods());
        return "timetable/changes";
    }

    /** An extra lesson (a catch-up hour) for a division, outside the base timetable. */
    @PostMapping("/timetable/changes/extra")
    String extra(@RequestParam UUID division, @RequestParam UUID subject, @RequestParam UUID teacher,
                 @RequestParam(required = false) @Nullable UUID room,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @RequestParam int position,
                 @RequestParam(defaultValue = "") String reason) {
        Member m = changer();
        var period = structures.current().period(position)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        var publication = publications.active().orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT));
        changes.addExtra(publication.id(), subject, teacher, division, null, room,
                date.atTime(period.start()).atZone(Publications.PARIS).toOffsetDateTime(),
                date.atTime(period.end()).atZone(Publications.PARIS).toOffsetDateTime(), reason, m.displayName());
        return "redirect:/timetable/changes?date=" + date;
    }

    @PostMapping("/timetable/changes/absence")
    String absence(@RequestParam UUID teacher, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   @RequestParam(defaultValue = "") String reason) {
        Member m = changer();
        if (to.isBefore(from)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        changes.recordAbsence(teacher, from, to, reason, m.displayName());
        return "redirect:/timetable/changes?date=" + from;
    }

    @GetMapping("/timetable/lessons/{id}")
    String lesson(@PathVariable UUID id, Model model) {
        changer();
        Occurrence o = occurrences.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("o", o);
        model.addAttribute("labels", labels.directory());
        model.addAttribute("history", changes.history(id));
        model.addAttribute("teachers", school.teachers());
        model.addAttribute("rooms", school.rooms());
        model.addAttribute("periods", structures.current().periods());
        return "timetable/lesson";
    }

    @PostMapping("/timetable/lessons/{id}")
    String change(@PathVariable UUID id, @RequestParam String action, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(required = false) @Nullable UUID teacher, @RequestParam(required = false) @Nullable UUID room,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
                  @RequestParam(required = false) @Nullable Integer position) {
        Member m = changer();
        Occurrence o = occurrences.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        switch (action) {
            case "cancel" -> changes.cancel(id, reason, m.displayName());
            case "replace" -> changes.replace(id, required(teacher), reason, m.displayName());
            case "room" -> changes.changeRoom(id, required(room), reason, m.displayName());
            case "move" -> {
                var period = structures.current().period(required(position))
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
                LocalDate day = required(date);
                OffsetDateTime start = day.atTime(period.start()).atZone(Publications.PARIS).toOffsetDateTime();
                OffsetDateTime end = day.atTime(period.end()).atZone(Publications.PARIS).toOffsetDateTime();
                changes.move(id, start, end, reason, m.displayName());
            }
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return "redirect:/timetable/lessons/" + o.id();
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return value;
    }

    static List<String> actions() {
        return List.of("cancel", "replace", "room", "move");
    }
}

package org.preau.timetable.web;

import java.util.Locale;
import java.util.UUID;

import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.timetable.internal.BaseTimetables;
import org.preau.timetable.internal.Labels;
import org.preau.timetable.internal.Publications;
import org.preau.timetable.internal.SolveJobs;
import org.preau.timetable.internal.TimetableAccess;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Direction's timetable generation page: start a solve, follow it live, cancel it, see why it is incomplete. */
@Controller
class PlanningController {

    private final SolveJobs jobs;
    private final BaseTimetables timetables;
    private final Publications publications;
    private final TimetableAccess access;
    private final SolveProgressStream stream;
    private final Labels labels;
    private final org.preau.school.SchoolStructure school;
    private final org.preau.timetable.internal.TimetableInputs inputs;
    private final org.preau.timetable.internal.SchoolHolidays holidays;

    PlanningController(SolveJobs jobs, BaseTimetables timetables, Publications publications, TimetableAccess access,
                       SolveProgressStream stream, Labels labels, org.preau.school.SchoolStructure school,
                       org.preau.timetable.internal.TimetableInputs inputs,
                       org.preau.timetable.internal.SchoolHolidays holidays) {
        this.school = school;
        this.inputs = inputs;
        this.holidays = holidays;
        this.jobs = jobs;
        this.timetables = timetables;
        this.publications = publications;
        this.access = access;
        this.stream = stream;
        this.labels = labels;
    }

    private Member director() {
        Member member = CurrentMember.require();
        access.requireCanPlan(member);
        return member;
    }

    @GetMapping("/timetable/generate")
    String page(Model model) {
        director();
        model.addAttribute("job", jobs.latest().orElse(null));
        model.addAttribute("timetable", timetables.latest().orElse(null));
        model.addAttribute("publication", publications.active().orElse(null));
        model.addAttribute("divisions", labels.directory().divisions());
        return "timetable/generate";
    }

    @PostMapping("/timetable/generate")
    String start(@RequestParam(defaultValue = "60") int seconds, @RequestParam(defaultValue = "0") long seed) {
        Member member = director();
        int limit = Math.max(5, Math.min(seconds, 3600));
        jobs.start(member.displayName(), limit, seed);
        return "redirect:/timetable/generate";
    }

    /** Publishes the latest base timetable from today (or the start of the year) to the end of the school year. */
    @PostMapping("/timetable/generate/publish")
    String publish() {
        Member member = director();
        var timetable = timetables.latest()
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.CONFLICT));
        var year = school.currentYear()
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.CONFLICT));
        java.time.LocalDate today = java.time.LocalDate.now(Publications.PARIS);
        java.time.LocalDate from = today.isAfter(year.startsOn()) ? today : year.startsOn();
        char first = year.contains(from) && from.isAfter(year.startsOn())
                ? Publications.weekLabel(from, year.startsOn(), 'A', inputs.structure().holidayZone(), holidays,
                        inputs.structure().days())
                : 'A';
        publications.publish(timetable.id(), from, year.endsOn(), first, member.displayName());
        return "redirect:/timetable/generate?published";
    }

    @PostMapping("/timetable/generate/jobs/{id}/cancel")
    String cancel(@PathVariable UUID id) {
        director();
        jobs.requestCancel(id);
        return "redirect:/timetable/generate";
    }

    @GetMapping(path = "/timetable/generate/jobs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable UUID id, Locale locale) {
        Member member = director();
        jobs.find(id).orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        return stream.stream(member.school(), id, locale);
    }

    @GetMapping("/timetable/generate/jobs/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        director();
        model.addAttribute("job", jobs.find(id)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND)));
        return "timetable/progress :: progress";
    }
}

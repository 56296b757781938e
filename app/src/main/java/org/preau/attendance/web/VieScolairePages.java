package org.preau.attendance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.preau.attendance.internal.Absence;
import org.preau.attendance.internal.AbsenceBook;
import org.preau.attendance.internal.AbsenceRegister;
import org.preau.attendance.internal.AbsenteeismWatch;
import org.preau.attendance.internal.AttendanceAccess;
import org.preau.attendance.internal.AttendanceRejected;
import org.preau.attendance.internal.HalfDays;
import org.preau.attendance.internal.Motifs;
import org.preau.attendance.internal.RollCalls;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.school.PupilAccess;
import org.preau.school.PupilSummary;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vie scolaire's desk: today's absences live, recording absences over a range, roll calls not yet done. */
@Controller
class VieScolairePages {

    /** An absence with its pupil, for lists. */
    record Entry(Absence absence, @Nullable PupilSummary pupil) {
    }

    private final AbsenceBook book;
    private final AbsenceRegister register;
    private final RollCalls rollCalls;
    private final Motifs motifs;
    private final PupilAccess pupils;
    private final AttendanceAccess access;
    private final AbsenteeismWatch watch;

    VieScolairePages(AbsenceBook book, AbsenceRegister register, RollCalls rollCalls, Motifs motifs,
                     PupilAccess pupils, AttendanceAccess access, AbsenteeismWatch watch) {
        this.book = book;
        this.register = register;
        this.rollCalls = rollCalls;
        this.motifs = motifs;
        this.pupils = pupils;
        this.access = access;
        this.watch = watch;
    }

    @GetMapping("/attendance/vie-scolaire")
    String desk(Model model) {
        Member member = requireVieScolaire();
        today(member, model);
        model.addAttribute("pupils", pupils.visiblePupils(member, 0, 100_000));
        model.addAttribute("motifs", motifs.active());
        model.addAttribute("day", LocalDate.now(HalfDays.ZONE));
        model.addAttribute("alerts", watch.alerts().stream()
                .filter(a -> a.month().equals(YearMonth.now(HalfDays.ZONE))).count());
        return "attendance/vie-scolaire";
    }

    /** The live part of the desk, polled by htmx. */
    @GetMapping("/attendance/vie-scolaire/aujourdhui")
    String todayFragment(Model model) {
        today(requireVieScolaire(), model);
        return "attendance/vie-scolaire :: today";
    }

    private void today(Member member, Model model) {
        LocalDate day = LocalDate.now(HalfDays.ZONE);
        Instant from = day.atStartOfDay(HalfDays.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(HalfDays.ZONE).toInstant();
        Map<UUID, PupilSummary> names = names(member);
        model.addAttribute("entries", book.between(from, to).stream()
                .map(a -> new Entry(a, names.get(a.pupil().value()))).toList());
        model.addAttribute("rollCalls", rollCalls.dayLines(day, Instant.now()));
        model.addAttribute("updatedAt", Instant.now());
    }

    @PostMapping("/attendance/vie-scolaire/absences")
    String record(@RequestParam UUID pupilId,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDay,
                  @RequestParam @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDay,
                  @RequestParam @DateTimeFormat(pattern = "HH:mm") LocalTime endTime,
                  @RequestParam(required = false) @Nullable UUID motifId,
                  @RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
        Member member = requireVieScolaire();
        register.recordRange(member, new org.preau.school.PupilId(pupilId),
                startDay.atTime(startTime).atZone(HalfDays.ZONE).toInstant(),
                endDay.atTime(endTime).atZone(HalfDays.ZONE).toInstant(), motifId, comment);
        redirect.addFlashAttribute("notice", "absence.recorded");
        return "redirect:/attendance/vie-scolaire/eleves/" + pupilId;
    }

    @ExceptionHandler(AttendanceRejected.class)
    String rejected(AttendanceRejected rejected, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", rejected.messageKey());
        return "redirect:/attendance/vie-scolaire";
    }

    private Map<UUID, PupilSummary> names(Member member) {
        return pupils.visiblePupils(member, 0, 100_000).stream()
                .collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
    }

    private Member requireVieScolaire() {
        Member member = CurrentMember.require();
        access.requireVieScolaire(member);
        return member;
    }

    static List<Entry> entries(List<Absence> absences, @Nullable PupilSummary pupil) {
        return absences.stream().map(a -> new Entry(a, pupil)).toList();
    }
}

package org.preau.attendance.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.preau.attendance.internal.AbsenteeismWatch;
import org.preau.attendance.internal.AttendanceAccess;
import org.preau.attendance.internal.AttendanceStatistics;
import org.preau.attendance.internal.Motifs;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.school.PupilAccess;
import org.preau.school.PupilSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Absenteeism alerts, statistics and the school's motifs. */
@Controller
class VieScolaireReports {

    /** An alert with its pupil and the pupil's unjustified half-days of that month as of now. */
    record AlertLine(AbsenteeismWatch.Alert alert, PupilSummary pupil, int unjustifiedNow) {
    }

    private final AbsenteeismWatch watch;
    private final AttendanceStatistics statistics;
    private final Motifs motifs;
    private final PupilAccess pupils;
    private final AttendanceAccess access;
    private final SchoolYearDates year;

    VieScolaireReports(AbsenteeismWatch watch, AttendanceStatistics statistics, Motifs motifs, PupilAccess pupils,
                       AttendanceAccess access, SchoolYearDates year) {
        this.watch = watch;
        this.statistics = statistics;
        this.motifs = motifs;
        this.pupils = pupils;
        this.access = access;
        this.year = year;
    }

    @GetMapping("/attendance/vie-scolaire/alertes")
    String alerts(Model model) {
        Member member = requireVieScolaire();
        Map<UUID, PupilSummary> names = pupils.visiblePupils(member, 0, 100_000).stream()
                .collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
        model.addAttribute("alerts", watch.alerts().stream()
                .filter(a -> names.containsKey(a.pupil().value()))
                .map(a -> new AlertLine(a, names.get(a.pupil().value()),
                        watch.unjustifiedIn(a.pupil(), a.month()).unjustified()))
                .toList());
        model.addAttribute("threshold", AbsenteeismWatch.THRESHOLD);
        return "attendance/alerts";
    }

    @GetMapping("/attendance/vie-scolaire/statistiques")
    String statistics(Model model) {
        Member member = requireVieScolaire();
        LocalDate from = year.start();
        LocalDate to = year.endOrToday();
        var divisions = statistics.byDivision(member, from, to);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("divisions", divisions);
        model.addAttribute("chart", BarChart.of(divisions));
        model.addAttribute("top", statistics.topPupils(member, from, to, 20));
        return "attendance/statistics";
    }

    @GetMapping("/attendance/vie-scolaire/motifs")
    String motifs(Model model) {
        requireVieScolaire();
        model.addAttribute("motifs", motifs.all());
        return "attendance/motifs";
    }

    @PostMapping("/attendance/vie-scolaire/motifs")
    String addMotif(@RequestParam String name, @RequestParam(defaultValue = "false") boolean justifies,
                    @RequestParam(defaultValue = "false") boolean countsOnReport, RedirectAttributes redirect) {
        requireVieScolaire();
        if (name.isBlank() || name.length() > 100 || motifs.nameTaken(name)) {
            redirect.addFlashAttribute("error", "motif.error.name");
        } else {
            motifs.add(name, justifies, countsOnReport);
            redirect.addFlashAttribute("notice", "motif.saved");
        }
        return "redirect:/attendance/vie-scolaire/motifs";
    }

    @PostMapping("/attendance/vie-scolaire/motifs/{motifId}")
    String updateMotif(@PathVariable UUID motifId, @RequestParam(defaultValue = "false") boolean justifies,
                       @RequestParam(defaultValue = "false") boolean countsOnReport,
                       @RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
        requireVieScolaire();
        motifs.update(motifId, justifies, countsOnReport, active);
        redirect.addFlashAttribute("notice", "motif.saved");
        return "redirect:/attendance/vie-scolaire/motifs";
    }

    private Member requireVieScolaire() {
        Member member = CurrentMember.require();
        access.requireVieScolaire(member);
        return member;
    }
}

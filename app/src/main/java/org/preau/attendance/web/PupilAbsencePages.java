package org.preau.attendance.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.attendance.Attendance;
import org.preau.attendance.internal.AbsenceBook;
import org.preau.attendance.internal.AbsenceQueries;
import org.preau.attendance.internal.AbsenceRegister;
import org.preau.attendance.internal.AttendanceAccess;
import org.preau.attendance.internal.AttendanceNotFound;
import org.preau.attendance.internal.AttendanceRejected;
import org.preau.attendance.internal.AttendanceStatistics;
import org.preau.attendance.internal.FamilyContacts;
import org.preau.attendance.internal.HalfDays;
import org.preau.attendance.internal.JustificationDocuments;
import org.preau.attendance.internal.Motifs;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.PupilNotVisibleException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Vie scolaire's page of one pupil: absences with their motifs, contacts with the family, months in a chart. */
@Controller
class PupilAbsencePages {

    private final AbsenceQueries queries;
    private final AbsenceRegister register;
    private final AbsenceBook book;
    private final FamilyContacts contacts;
    private final Motifs motifs;
    private final PupilAccess pupils;
    private final AttendanceAccess access;
    private final AttendanceStatistics statistics;
    private final Attendance attendance;
    private final SchoolYearDates year;
    private final JustificationDocuments documents;

    PupilAbsencePages(AbsenceQueries queries, AbsenceRegister register, AbsenceBook book, FamilyContacts contacts,
                      Motifs motifs, PupilAccess pupils, AttendanceAccess access, AttendanceStatistics statistics,
                      Attendance attendance, SchoolYearDates year, JustificationDocuments documents) {
        this.documents = documents;
        this.queries = queries;
        this.register = register;
        this.book = book;
        this.contacts = contacts;
        this.motifs = motifs;
        this.pupils = pupils;
        this.access = access;
        this.statistics = statistics;
        this.attendance = attendance;
        this.year = year;
    }

    @GetMapping("/attendance/vie-scolaire/eleves/{pupilId}")
    String pupil(@PathVariable UUID pupilId, Model model) {
        Member member = requireVieScolaire();
        PupilId pupil = new PupilId(pupilId);
        var absences = queries.absencesOf(member, pupil);
        model.addAttribute("pupil", pupils.find(pupil).orElseThrow(() -> new PupilNotVisibleException(pupil)));
        model.addAttribute("absences", absences);
        model.addAttribute("documents", absences.stream().collect(java.util.stream.Collectors.toMap(
                a -> a.id(), a -> a.documents() == 0 ? java.util.List.of() : documents.of(a.id()))));
        model.addAttribute("motifs", motifs.active());
        model.addAttribute("contacts", contacts.of(member, pupil));
        LocalDate from = year.start();
        LocalDate to = year.endOrToday();
        model.addAttribute("yearCounts", attendance.absenceHalfDays(pupil, from, to));
        YearMonth month = YearMonth.now(HalfDays.ZONE);
        model.addAttribute("monthCounts", attendance.absenceHalfDays(pupil, month.atDay(1), month.atEndOfMonth()));
        model.addAttribute("chart", BarChart.of(statistics.monthly(pupil, from, to).stream()
                .map(r -> new AttendanceStatistics.Row(monthLabel(r.label()), r.justified(), r.unjustified(),
                        r.retards()))
                .toList()));
        return "attendance/pupil";
    }

    @PostMapping("/attendance/vie-scolaire/absences/{absenceId}/motif")
    String motif(@PathVariable UUID absenceId, @RequestParam UUID motifId, RedirectAttributes redirect) {
        Member member = requireVieScolaire();
        var absence = book.find(absenceId).orElseThrow(() -> new AttendanceNotFound("No such absence"));
        try {
            register.setMotif(member, absenceId, motifId);
            redirect.addFlashAttribute("notice", "absence.motif.saved");
        } catch (AttendanceRejected rejected) {
            redirect.addFlashAttribute("error", rejected.messageKey());
        }
        return "redirect:/attendance/vie-scolaire/eleves/" + absence.pupil().value();
    }

    @PostMapping("/attendance/vie-scolaire/eleves/{pupilId}/contacts")
    String contact(@PathVariable UUID pupilId, @RequestParam FamilyContacts.Channel channel, @RequestParam String note,
                   @RequestParam(required = false) @Nullable UUID absenceId, RedirectAttributes redirect) {
        Member member = requireVieScolaire();
        try {
            contacts.record(member, new PupilId(pupilId), absenceId, channel, note);
            redirect.addFlashAttribute("notice", "contact.saved");
        } catch (AttendanceRejected rejected) {
            redirect.addFlashAttribute("error", rejected.messageKey());
        }
        return "redirect:/attendance/vie-scolaire/eleves/" + pupilId;
    }

    private static String monthLabel(String yearMonth) {
        YearMonth month = YearMonth.parse(yearMonth);
        return month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.FRENCH) + " "
                + (month.getYear() % 100);
    }

    private Member requireVieScolaire() {
        Member member = CurrentMember.require();
        access.requireVieScolaire(member);
        return member;
    }
}

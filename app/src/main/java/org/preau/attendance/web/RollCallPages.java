package org.preau.attendance.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.attendance.internal.AttendanceForbidden;
import org.preau.attendance.internal.HalfDays;
import org.preau.attendance.internal.LessonCatalogue;
import org.preau.attendance.internal.LessonOccurrence;
import org.preau.attendance.internal.LessonPicker;
import org.preau.attendance.internal.RollCall;
import org.preau.attendance.internal.RollCalls;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.school.StaffId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The teacher's roll call on a phone: today's lessons, then one screen per lesson. */
@Controller
class RollCallPages {

    private final LessonCatalogue lessons;
    private final LessonPicker picker;
    private final RollCalls rollCalls;

    RollCallPages(LessonCatalogue lessons, LessonPicker picker, RollCalls rollCalls) {
        this.lessons = lessons;
        this.picker = picker;
        this.rollCalls = rollCalls;
    }

    /** The teacher's lessons of a day (today unless {@code jour} is given), the current one marked. */
    @GetMapping("/attendance/appel")
    String today(@RequestParam(name = "jour", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                 @Nullable LocalDate day, Model model) {
        Member teacher = requireTeacher();
        ZonedDateTime now = ZonedDateTime.now(HalfDays.ZONE);
        LocalDate today = day != null ? day : now.toLocalDate();
        model.addAttribute("today", today);
        model.addAttribute("previousDay", today.minusDays(today.getDayOfWeek() == DayOfWeek.MONDAY ? 3 : 1));
        model.addAttribute("nextDay", today.plusDays(today.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1));
        model.addAttribute("timetable", lessons.available());
        Instant instant = now.toInstant();
        model.addAttribute("lessons", lessons.lessonsOf(new StaffId(teacher.staffId()), today).stream()
                .map(lesson -> new LessonLine(lesson, rollCalls.find(lesson.id()).map(RollCall::completed)
                        .orElse(false), !instant.isBefore(lesson.start()) && instant.isBefore(lesson.end())))
                .toList());
        model.addAttribute("choices", picker.choicesOf(teacher));
        LocalTime start = now.toLocalTime().truncatedTo(ChronoUnit.HOURS);
        model.addAttribute("start", start);
        model.addAttribute("end", start.plusMinutes(55));
        return "attendance/lessons";
    }

    @PostMapping("/attendance/appel/ouvrir")
    String open(@RequestParam UUID assignmentId, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                @RequestParam @DateTimeFormat(pattern = "HH:mm") LocalTime start,
                @RequestParam @DateTimeFormat(pattern = "HH:mm") LocalTime end) {
        Member teacher = requireTeacher();
        RollCall rollCall = rollCalls.open(teacher, picker.lesson(teacher, assignmentId, day, start, end));
        return "redirect:/attendance/appel/" + rollCall.lessonId();
    }

    @GetMapping("/attendance/appel/{lessonId}")
    String rollCall(@PathVariable UUID lessonId, Model model) {
        RollCalls.Sheet sheet = rollCalls.sheet(requireTeacher(), lessonId);
        model.addAttribute("sheet", sheet);
        model.addAttribute("zone", HalfDays.ZONE);
        model.addAttribute("lessonMinutes", java.time.Duration.between(sheet.rollCall().start(),
                sheet.rollCall().end()).toMinutes());
        return "attendance/rollcall";
    }

    /** A lesson of the day, whether its roll call is done and whether it is going on now. */
    record LessonLine(LessonOccurrence lesson, boolean done, boolean current) {
    }

    private static Member requireTeacher() {
        Member member = CurrentMember.require();
        if (!member.has(Role.PROFESSEUR) || member.staffId() == null) {
            throw new AttendanceForbidden("Roll calls are taken by teachers");
        }
        return member;
    }
}

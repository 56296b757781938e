package org.preau.timetable.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.school.SchoolStructure;
import org.preau.timetable.internal.AbsencePlanner;
import org.preau.timetable.internal.Labels;
import org.preau.timetable.internal.TimetableAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Direction plans a teacher's absence with the fewest changes (replacements, moves), then accepts or rejects it. */
@Controller
class ReplanController {

    private final AbsencePlanner planner;
    private final TimetableAccess access;
    private final SchoolStructure school;
    private final Labels labels;

    ReplanController(AbsencePlanner planner, TimetableAccess access, SchoolStructure school, Labels labels) {
        this.planner = planner;
        this.access = access;
        this.school = school;
        this.labels = labels;
    }

    @GetMapping("/timetable/replan")
    String page(@RequestParam(required = false) @Nullable UUID teacher,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                @RequestParam(defaultValue = "") String reason, Model model) {
        access.requireCanChange(CurrentMember.require());
        model.addAttribute("teachers", school.teachers());
        model.addAttribute("teacher", teacher);
        model.addAttribute("from", from == null ? LocalDate.now() : from);
        model.addAttribute("to", to == null ? (from == null ? LocalDate.now() : from) : to);
        model.addAttribute("reason", reason);
        if (teacher != null && from != null && to != null && !to.isBefore(from)) {
            model.addAttribute("plan", planner.propose(teacher, from, to));
            model.addAttribute("labels", labels.directory());
        }
        return "timetable/replan";
    }

    @PostMapping("/timetable/replan")
    String accept(@RequestParam UUID teacher, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "") String reason) {
        Member m = CurrentMember.require();
        access.requireCanChange(m);
        planner.accept(teacher, from, to, reason, m.displayName());
        return "redirect:/timetable/changes?date=" + from;
    }
}

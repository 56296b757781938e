package org.preau.homework.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.jspecify.annotations.Nullable;
import org.preau.homework.CahierDeTextes;
import org.preau.homework.ClassTarget;
import org.preau.homework.HomeworkDeniedException;
import org.preau.homework.internal.SchoolClock;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.school.SchoolStructure;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A class's cahier de textes, week by week, as direction, vie scolaire and its teachers read it. */
@Controller
class ClassBookController {

    private final CahierDeTextes cahier;
    private final SchoolStructure structure;

    ClassBookController(CahierDeTextes cahier, SchoolStructure structure) {
        this.cahier = cahier;
        this.structure = structure;
    }

    /** The divisions whose cahier de textes staff may read. */
    @GetMapping("/homework/classes")
    String divisions(Model model) {
        if (!CurrentMember.require().seesWholeSchool()) {
            throw new HomeworkDeniedException("For the school's staff");
        }
        model.addAttribute("divisions", structure.divisions());
        return "homework/classes";
    }

    @GetMapping("/homework/classes/{target}")
    String week(@PathVariable String target,
                @RequestParam(name = "week", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                @Nullable LocalDate day, Model model) {
        Member member = CurrentMember.require();
        ClassTarget classTarget = ClassTarget.parse(target);
        LocalDate monday = (day == null ? SchoolClock.today() : day).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        model.addAttribute("entries", cahier.entriesOfClass(member, classTarget, monday, monday.plusDays(6)));
        model.addAttribute("target", target);
        model.addAttribute("className", classTarget.division() != null
                ? structure.divisions().stream().filter(d -> d.id().equals(classTarget.division()))
                        .map(d -> d.name()).findFirst().orElse("")
                : structure.groups().stream().filter(g -> g.id().equals(classTarget.group()))
                        .map(g -> g.name()).findFirst().orElse(""));
        model.addAttribute("monday", monday);
        model.addAttribute("friday", monday.plusDays(4));
        model.addAttribute("previous", monday.minusWeeks(1));
        model.addAttribute("next", monday.plusWeeks(1));
        return "homework/class";
    }
}

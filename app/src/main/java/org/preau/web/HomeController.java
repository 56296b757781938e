package org.preau.web;

import java.time.OffsetDateTime;
import java.util.List;

import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.school.SchoolDirectory;
import org.preau.school.SchoolSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final HomeSections sections;
    private final DaySections days;
    private final SchoolDirectory schools;

    HomeController(HomeSections sections, DaySections days, SchoolDirectory schools) {
        this.sections = sections;
        this.days = days;
        this.schools = schools;
    }

    @GetMapping("/login")
    String login() {
        return "web/login";
    }

    /** One page for everyone, with the sections of each role the member holds. */
    @GetMapping("/")
    String home(Model model) {
        Member member = CurrentMember.require();
        model.addAttribute("member", member);
        model.addAttribute("pupilClass", sections.pupilClass(member).orElse(null));
        model.addAttribute("children", sections.children(member));
        model.addAttribute("taughtClasses", sections.taughtClasses(member));
        model.addAttribute("figures", sections.schoolFigures(member).orElse(null));
        OffsetDateTime now = OffsetDateTime.now(DaySections.SCHOOL_ZONE);
        model.addAttribute("ownDay", days.ownDay(member, now).orElse(null));
        model.addAttribute("childrenDays", days.childrenDays(member, now));
        model.addAttribute("teacherDay", days.teacherDay(member, now).orElse(null));
        model.addAttribute("schools", schoolsOf(member));
        return "web/home";
    }

    /** The schools the member belongs to, for switching when there are several. */
    private List<SchoolSummary> schoolsOf(Member member) {
        return schools.schoolsOf(member.accountId()).stream()
                .flatMap(school -> schools.describe(school).stream())
                .toList();
    }
}

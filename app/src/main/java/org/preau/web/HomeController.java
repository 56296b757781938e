package org.preau.web;

import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final HomeSections sections;

    HomeController(HomeSections sections) {
        this.sections = sections;
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
        return "web/home";
    }
}

package org.preau.web;

import org.preau.platform.CurrentMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "web/login";
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("member", CurrentMember.require());
        return "web/home";
    }
}

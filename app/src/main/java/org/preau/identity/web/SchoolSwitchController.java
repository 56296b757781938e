package org.preau.identity.web;

import java.util.UUID;

import org.preau.identity.internal.SchoolSwitch;
import org.preau.platform.SchoolId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The form on the home page of a member of several schools: act in another school from now on. */
@Controller
class SchoolSwitchController {

    private final SchoolSwitch schoolSwitch;

    SchoolSwitchController(SchoolSwitch schoolSwitch) {
        this.schoolSwitch = schoolSwitch;
    }

    @PostMapping("/account/school")
    String switchSchool(@RequestParam UUID school, HttpServletRequest request, HttpServletResponse response) {
        schoolSwitch.switchTo(new SchoolId(school), request, response);
        return "redirect:/";
    }
}

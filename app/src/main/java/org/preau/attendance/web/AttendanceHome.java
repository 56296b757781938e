package org.preau.attendance.web;

import java.util.ArrayList;
import java.util.List;

import org.preau.attendance.internal.AttendanceAccess;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The shell's "Vie scolaire" entry: straight to the member's page, or a choice for people with several roles. */
@Controller
class AttendanceHome {

    /** A page of the module and its message key. */
    record Entry(String path, String label) {
    }

    @GetMapping("/attendance")
    String home(Model model) {
        Member member = CurrentMember.require();
        List<Entry> entries = new ArrayList<>();
        if (member.has(Role.PROFESSEUR) && member.staffId() != null) {
            entries.add(new Entry("/attendance/appel", "attendance.nav.rollcall"));
        }
        if (AttendanceAccess.isVieScolaire(member)) {
            entries.add(new Entry("/attendance/vie-scolaire", "attendance.nav.vieScolaire"));
        }
        if (member.has(Role.PARENT) || member.has(Role.ELEVE)) {
            entries.add(new Entry("/attendance/absences", "attendance.nav.absences"));
        }
        if (entries.size() == 1) {
            return "redirect:" + entries.getFirst().path();
        }
        model.addAttribute("entries", entries);
        return "attendance/home";
    }
}

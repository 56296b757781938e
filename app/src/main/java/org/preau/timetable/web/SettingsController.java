package org.preau.timetable.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.preau.platform.CurrentMember;
import org.preau.school.SchoolStructure;
import org.preau.timetable.internal.DayStructure;
import org.preau.timetable.internal.DayStructures;
import org.preau.timetable.internal.SchoolInput;
import org.preau.timetable.internal.TeacherWishes;
import org.preau.timetable.internal.TimetableAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Direction edits the school day (days, créneaux, closed slots, holiday zone) and teachers' unavailabilities. */
@Controller
class SettingsController {

    static final List<DayOfWeek> WEEK = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private final DayStructures structures;
    private final TeacherWishes wishes;
    private final TimetableAccess access;
    private final SchoolStructure school;

    SettingsController(DayStructures structures, TeacherWishes wishes, TimetableAccess access, SchoolStructure school) {
        this.structures = structures;
        this.wishes = wishes;
        this.access = access;
        this.school = school;
    }

    private void director() {
        access.requireCanPlan(CurrentMember.require());
    }

    @GetMapping("/timetable/settings")
    String page(Model model) {
        director();
        DayStructure structure = structures.current();
        model.addAttribute("structure", structure);
        model.addAttribute("week", WEEK);
        model.addAttribute("teachers", school.teachers());
        List<DayStructure.PeriodDef> rows = new ArrayList<>(structure.periods());
        rows.add(new DayStructure.PeriodDef(rows.size() + 1, "", LocalTime.of(17, 0), LocalTime.of(17, 55)));
        model.addAttribute("rows", rows);
        return "timetable/settings";
    }

    @PostMapping("/timetable/settings")
    String save(@RequestParam MultiValueMap<String, String> form) {
        director();
        List<DayOfWeek> days = WEEK.stream().filter(d -> form.containsKey("day-" + d.getValue())).toList();
        List<DayStructure.PeriodDef> periods = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String name = form.getFirst("name-" + i);
            if (name == null || name.isBlank()) {
                continue;
            }
            try {
                LocalTime start = LocalTime.parse(form.getFirst("start-" + i));
                LocalTime end = LocalTime.parse(form.getFirst("end-" + i));
                if (end.isAfter(start)) {
                    periods.add(new DayStructure.PeriodDef(periods.size() + 1, name.trim(), start, end));
                }
            } catch (RuntimeException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "invalid time for " + name);
            }
        }
        Set<DayStructure.SlotRef> closed = new HashSet<>();
        for (DayOfWeek d : days) {
            for (DayStructure.PeriodDef p : periods) {
                if (form.containsKey("closed-" + d.getValue() + "-" + p.position())) {
                    closed.add(new DayStructure.SlotRef(d, p.position()));
                }
            }
        }
        String zone = form.getFirst("zone");
        if (days.isEmpty() || periods.isEmpty() || zone == null || !zone.matches("[ABC]")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        structures.save(new DayStructure(days, periods, closed, zone.charAt(0)));
        return "redirect:/timetable/settings?saved";
    }

    @GetMapping("/timetable/settings/teachers/{id}")
    String teacher(@PathVariable UUID id, Model model) {
        director();
        var teacher = school.teachers().stream().filter(t -> t.id().value().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("teacher", teacher);
        model.addAttribute("structure", structures.current());
        Map<String, String> current = new java.util.HashMap<>();
        wishes.of(id).forEach(w -> current.put(w.day().getValue() + "-" + w.position(), w.hard() ? "UNAVAILABLE" : "AVOID"));
        model.addAttribute("wishes", current);
        return "timetable/teacher-wishes";
    }

    @PostMapping("/timetable/settings/teachers/{id}")
    String saveTeacher(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form) {
        director();
        DayStructure structure = structures.current();
        List<SchoolInput.WishIn> list = new ArrayList<>();
        for (DayOfWeek d : structure.days()) {
            for (DayStructure.PeriodDef p : structure.periods()) {
                String value = form.getFirst("slot-" + d.getValue() + "-" + p.position());
                if ("UNAVAILABLE".equals(value) || "AVOID".equals(value)) {
                    list.add(new SchoolInput.WishIn(id, d, p.position(), "UNAVAILABLE".equals(value)));
                }
            }
        }
        wishes.replace(id, list);
        return "redirect:/timetable/settings/teachers/" + id + "?saved";
    }
}

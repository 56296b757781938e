package org.preau.timetable.web;

import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.preau.audit.AuditLog;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.school.GroupId;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.SchoolStructure;
import org.preau.timetable.internal.BaseTimetables;
import org.preau.timetable.internal.Grids;
import org.preau.timetable.internal.Labels;
import org.preau.timetable.internal.MoveCheck;
import org.preau.timetable.internal.Pins;
import org.preau.timetable.internal.PupilLessons;
import org.preau.timetable.internal.TimetableAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Base timetable grids per division, teacher, room and pupil, coloured by subject. Direction pins lessons
 * (kept by every later solve) and moves one lesson with the keyboard, seeing at once which hard rules it breaks.
 */
@Controller
class GridsController {

    private final BaseTimetables timetables;
    private final Grids grids;
    private final Labels labels;
    private final Pins pins;
    private final MoveCheck check;
    private final TimetableAccess access;
    private final SchoolStructure school;
    private final PupilAccess pupils;
    private final PupilLessons pupilLessons;
    private final AuditLog audit;

    GridsController(BaseTimetables timetables, Grids grids, Labels labels, Pins pins, MoveCheck check,
                    TimetableAccess access, SchoolStructure school, PupilAccess pupils, PupilLessons pupilLessons,
                    AuditLog audit) {
        this.timetables = timetables;
        this.grids = grids;
        this.labels = labels;
        this.pins = pins;
        this.check = check;
        this.access = access;
        this.school = school;
        this.pupils = pupils;
        this.pupilLessons = pupilLessons;
        this.audit = audit;
    }

    /** What a grid shows: exactly one of these is set. */
    record Selection(@Nullable UUID division, @Nullable UUID teacher, @Nullable UUID room, @Nullable UUID pupil) {
        public String query() {
            if (division != null) {
                return "division=" + division;
            }
            if (teacher != null) {
                return "teacher=" + teacher;
            }
            if (room != null) {
                return "room=" + room;
            }
            return pupil != null ? "pupil=" + pupil : "";
        }
    }

    @GetMapping("/timetable/grids")
    String page(@RequestParam(required = false) @Nullable UUID division, @RequestParam(required = false) @Nullable UUID teacher,
                @RequestParam(required = false) @Nullable UUID room, @RequestParam(required = false) @Nullable UUID pupil,
                Model model) {
        Member member = CurrentMember.require();
        Selection selection = new Selection(division, teacher, room, pupil);
        fill(model, member, selection, List.of(), null);
        return "timetable/grids";
    }

    @PostMapping("/timetable/grids/pin")
    String pin(@RequestParam String key, @RequestParam boolean pinned, @RequestParam(defaultValue = "") String back) {
        Member member = CurrentMember.require();
        access.requireCanPlan(member);
        UUID timetable = timetables.latest().orElseThrow().id();
        var lesson = timetables.lesson(timetable, key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (pinned && lesson.isPlaced()) {
            pins.pin(key, lesson.day(), lesson.position(), lesson.roomId(), member.displayName());
        } else {
            pins.unpin(key);
        }
        return "redirect:/timetable/grids" + (back.matches("(division|teacher|room|pupil)=[0-9a-f-]{36}") ? "?" + back : "");
    }

    @PostMapping("/timetable/grids/move")
    String move(@RequestParam String key, @RequestParam DayOfWeek day, @RequestParam int position,
                @RequestParam(required = false) @Nullable UUID division, @RequestParam(required = false) @Nullable UUID teacher,
                @RequestParam(required = false) @Nullable UUID room, @RequestParam(required = false) @Nullable UUID pupil,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        Member member = CurrentMember.require();
        access.requireCanPlan(member);
        UUID timetable = timetables.latest().orElseThrow().id();
        var structure = timetables.lesson(timetable, key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        timetables.move(timetable, key, day, position, null);
        pins.pin(key, day, position, structure.roomId(), member.displayName());
        List<String> broken = check.brokenBy(timetable, key);
        Selection selection = new Selection(division, teacher, room, pupil);
        fill(model, member, selection, broken, key);
        return htmx != null ? "timetable/grids :: grid" : "timetable/grids";
    }

    @GetMapping(path = "/timetable/subjects.css", produces = "text/css")
    @ResponseBody
    ResponseEntity<String> subjectColours() {
        CurrentMember.require();
        String css = labels.directory().subjects().values().stream()
                .map(s -> ".tt-s-" + s.id().value() + "{background:" + s.colour() + ";}")
                .collect(Collectors.joining("\n"));
        return ResponseEntity.ok().contentType(MediaType.valueOf("text/css")).body(css);
    }

    private void fill(Model model, Member member, Selection selection, List<String> broken, @Nullable String moved) {
        if (member.staffId() == null) {
            throw new AccessDeniedException("Base timetable grids are for staff");
        }
        Labels.Directory directory = labels.directory();
        model.addAttribute("selection", selection);
        model.addAttribute("canPlan", access.canPlan(member));
        model.addAttribute("divisions", school.divisions());
        model.addAttribute("teachers", school.teachers());
        model.addAttribute("rooms", school.rooms());
        model.addAttribute("broken", broken);
        model.addAttribute("moved", moved);
        var latest = timetables.latest();
        model.addAttribute("timetable", latest.orElse(null));
        if (latest.isEmpty()) {
            return;
        }
        UUID id = latest.get().id();
        Grids.Grid grid = null;
        if (selection.division() != null && directory.divisions().containsKey(selection.division())) {
            grid = grids.grid(id, directory.divisions().get(selection.division()),
                    Grids.ofStudents(selection.division(), pupilLessons.groupsOfDivision(selection.division())), directory);
        } else if (selection.teacher() != null && directory.staff().containsKey(selection.teacher())) {
            grid = grids.grid(id, directory.staff().get(selection.teacher()), Grids.ofTeacher(selection.teacher()), directory);
        } else if (selection.room() != null && directory.rooms().containsKey(selection.room())) {
            grid = grids.grid(id, directory.rooms().get(selection.room()), Grids.ofRoom(selection.room()), directory);
        } else if (selection.pupil() != null) {
            PupilId pupil = new PupilId(selection.pupil());
            pupils.requireCanSee(member, pupil);
            audit.pupilDataRead(member, pupil.value(), "emploi du temps", "grille");
            var summary = pupils.find(pupil).orElseThrow();
            grid = grids.grid(id, summary.firstName() + " " + summary.lastName() + " (" + summary.divisionName() + ")",
                    Grids.ofStudents(summary.divisionId() == null ? null : summary.divisionId().value(),
                            school.groupsOfPupil(pupil).stream().map(GroupId::value).toList()), directory);
        }
        model.addAttribute("grid", grid);
    }
}

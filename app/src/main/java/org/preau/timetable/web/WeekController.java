package org.preau.timetable.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.audit.AuditLog;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.timetable.internal.CalendarFeeds;
import org.preau.timetable.internal.Labels;
import org.preau.timetable.internal.LessonChanges;
import org.preau.timetable.internal.Occurrence;
import org.preau.timetable.internal.Publications;
import org.preau.timetable.internal.ScopedLessons;
import org.preau.timetable.internal.TimetableAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** "My week": the dated lessons of a pupil, a parent's child, a teacher, a division or a room, changes highlighted. */
@Controller
class WeekController {

    /** A lesson as the week page shows it, with the latest change's reason. */
    record WeekLesson(Occurrence lesson, String subject, String css, String students, String teacher,
                      @Nullable String replaced, String room, String status, @Nullable String reason) {
    }

    record Day(LocalDate date, String name, List<WeekLesson> lessons) {
    }

    private final ScopedLessons lessons;
    private final Labels labels;
    private final PupilAccess pupils;
    private final TimetableAccess access;
    private final CalendarFeeds feeds;
    private final LessonChanges changes;
    private final AuditLog audit;

    WeekController(ScopedLessons lessons, Labels labels, PupilAccess pupils, TimetableAccess access, CalendarFeeds feeds,
                   LessonChanges changes, AuditLog audit) {
        this.lessons = lessons;
        this.labels = labels;
        this.pupils = pupils;
        this.access = access;
        this.feeds = feeds;
        this.changes = changes;
        this.audit = audit;
    }

    @GetMapping("/timetable")
    String mine() {
        Member m = CurrentMember.require();
        if (m.pupilId() != null) {
            return "redirect:/timetable/week/pupil/" + m.pupilId();
        }
        var children = pupils.childrenOf(m);
        if (!children.isEmpty()) {
            return "redirect:/timetable/week/pupil/" + children.getFirst().id();
        }
        if (m.staffId() != null && m.has(org.preau.platform.Role.PROFESSEUR)) {
            return "redirect:/timetable/week/teacher/" + m.staffId();
        }
        return "redirect:/timetable/grids";
    }

    @GetMapping("/timetable/week/{scope}/{id}")
    String week(@PathVariable String scope, @PathVariable UUID id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
                Model model) {
        Member m = CurrentMember.require();
        CalendarFeeds.Scope s = scope(scope);
        requireCanSee(m, s, id);
        LocalDate monday = (date == null ? LocalDate.now(Publications.PARIS) : date)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (s == CalendarFeeds.Scope.PUPIL) {
            audit.pupilDataRead(m, id, "emploi du temps", monday.toString());
        }
        Labels.Directory directory = labels.directory();
        List<Occurrence> week = lessons.lessons(s, id, monday, monday.plusDays(6));
        Map<LocalDate, List<WeekLesson>> byDay = new LinkedHashMap<>();
        for (int d = 0; d < 7; d++) {
            byDay.put(monday.plusDays(d), new ArrayList<>());
        }
        for (Occurrence o : week) {
            String reason = o.isChanged() ? changes.history(o.id()).stream().reduce((a, b) -> b)
                    .map(c -> c.reason().isBlank() ? null : c.reason()).orElse(null) : null;
            byDay.get(o.startsAt().atZoneSameInstant(Publications.PARIS).toLocalDate()).add(new WeekLesson(o,
                    directory.subject(o.subjectId()), "tt-s-" + o.subjectId(), directory.students(o.divisionId(), o.groupId()),
                    directory.person(o.actualTeacherId()),
                    o.replacementTeacherId() == null ? null : directory.person(o.teacherId()),
                    directory.room(o.roomId()), o.status(), reason));
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((day, list) -> {
            if (!list.isEmpty() || day.getDayOfWeek().getValue() <= 5) {
                days.add(new Day(day, day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.FRENCH)
                        + " " + day.getDayOfMonth() + "/" + day.getMonthValue(), list));
            }
        });
        model.addAttribute("title", lessons.title(s, id, directory,
                p -> pupils.find(new PupilId(p)).map(x -> x.firstName() + " " + x.lastName())).orElse("?"));
        model.addAttribute("scope", s.name().toLowerCase(Locale.ROOT));
        model.addAttribute("id", id);
        model.addAttribute("monday", monday);
        model.addAttribute("days", days);
        model.addAttribute("changedCount", week.stream().filter(Occurrence::isChanged).count());
        model.addAttribute("children", pupils.childrenOf(m));
        model.addAttribute("canChange", access.canChange(m));
        model.addAttribute("feedUrl", TimetableApiController.feedUrl(m, feeds.feed(s, id)));
        model.addAttribute("canRegenerate", canManageFeed(m, s, id));
        return "timetable/week";
    }

    @PostMapping("/timetable/week/{scope}/{id}/feed")
    String regenerate(@PathVariable String scope, @PathVariable UUID id) {
        Member m = CurrentMember.require();
        CalendarFeeds.Scope s = scope(scope);
        requireCanSee(m, s, id);
        if (!canManageFeed(m, s, id)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        feeds.regenerate(s, id);
        return "redirect:/timetable/week/" + scope + "/" + id + "?feed=new";
    }

    private boolean canManageFeed(Member m, CalendarFeeds.Scope s, UUID id) {
        return access.canPlan(m) || id.equals(m.pupilId()) || id.equals(m.staffId())
                || (s == CalendarFeeds.Scope.PUPIL && pupils.childrenOf(m).stream().anyMatch(c -> c.id().value().equals(id)));
    }

    private void requireCanSee(Member m, CalendarFeeds.Scope s, UUID id) {
        if (!lessons.canSee(m, s, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    static CalendarFeeds.Scope scope(String scope) {
        try {
            return CalendarFeeds.Scope.valueOf(scope.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}

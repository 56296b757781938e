package org.preau.homework.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.homework.CahierDeTextes;
import org.preau.homework.ClassTarget;
import org.preau.homework.DayLoad;
import org.preau.homework.FileRejectedException;
import org.preau.homework.HomeworkDraft;
import org.preau.homework.HomeworkId;
import org.preau.homework.Lesson;
import org.preau.homework.LessonEntryId;
import org.preau.homework.LessonEntryView;
import org.preau.homework.Workload;
import org.preau.homework.internal.FileRules;
import org.preau.homework.internal.SchoolClock;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.school.TeachingAssignmentId;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The teacher's cahier de textes: lessons of the week, what each covered and the homework given. */
@Controller
class CahierDeTextesController {

    private final CahierDeTextes cahier;
    private final Workload workload;
    private final FileRules rules;
    private final MessageSource messages;

    CahierDeTextesController(CahierDeTextes cahier, Workload workload, FileRules rules, MessageSource messages) {
        this.cahier = cahier;
        this.workload = workload;
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/homework/lessons")
    String week(@RequestParam(name = "week", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                @Nullable LocalDate day, Model model) {
        Member member = CurrentMember.require();
        LocalDate monday = (day == null ? SchoolClock.today() : day).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        model.addAttribute("monday", monday);
        model.addAttribute("friday", monday.plusDays(4));
        model.addAttribute("previous", monday.minusWeeks(1));
        model.addAttribute("next", monday.plusWeeks(1));
        List<LessonEntryView> entries = cahier.entriesOf(member, monday, monday.plusDays(6));
        model.addAttribute("entries", entries);
        Map<String, LessonEntryView> recorded = new HashMap<>();
        entries.stream().filter(e -> e.occurrenceId() != null)
                .forEach(e -> recorded.put(e.occurrenceId() + "/" + e.date(), e));
        model.addAttribute("lessons", cahier.lessonsOf(member, monday, monday.plusDays(6)).stream()
                .map(l -> new WeekLesson(l, recorded.get(l.occurrenceId() + "/" + l.date()))).toList());
        model.addAttribute("assignments", cahier.assignmentsOf(member));
        model.addAttribute("today", SchoolClock.today());
        return "homework/week";
    }

    /** A lesson of the week and its entry, once written. */
    record WeekLesson(Lesson lesson, @Nullable LessonEntryView entry) {
    }

    /**
     * Records a lesson: a timetable lesson ({@code occurrence}) or one of the teacher's teaching assignments on
     * a date (for lessons outside the timetable, or before it is published). A lesson already recorded opens.
     */
    @PostMapping("/homework/lessons")
    String record(@RequestParam(required = false) @Nullable UUID occurrence,
                  @RequestParam(required = false) @Nullable UUID assignment,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime time,
                  @RequestParam(defaultValue = "") String content) {
        Member member = CurrentMember.require();
        Lesson lesson;
        if (occurrence != null) {
            lesson = cahier.lessonOf(member, occurrence);
        } else if (assignment != null && date != null) {
            lesson = cahier.lessonOf(member, new TeachingAssignmentId(assignment), date, time);
        } else {
            throw new IllegalArgumentException("A lesson of the timetable, or a class and a date");
        }
        LessonEntryId id = cahier.record(member, lesson, content);
        return "redirect:/homework/lessons/" + id;
    }

    @GetMapping("/homework/lessons/{id}")
    String entry(@PathVariable UUID id, Model model) {
        Member member = CurrentMember.require();
        LessonEntryView entry = cahier.entry(member, new LessonEntryId(id));
        model.addAttribute("entry", entry);
        model.addAttribute("own", entry.teacherId().value().equals(member.staffId()));
        model.addAttribute("defaultDue", entry.date().plusDays(7));
        model.addAttribute("accepted", FileRules.ACCEPTED);
        model.addAttribute("maxMegabytes", rules.maxBytes() / (1024 * 1024));
        return "homework/entry";
    }

    @PostMapping("/homework/lessons/{id}")
    String updateContent(@PathVariable UUID id, @RequestParam String content, RedirectAttributes redirect) {
        cahier.updateContent(CurrentMember.require(), new LessonEntryId(id), content);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/homework/lessons/" + id;
    }

    /** Gives homework in a lesson, with its attachments. */
    @PostMapping("/homework/lessons/{id}/homework")
    String giveHomework(@PathVariable UUID id,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                        @RequestParam String description, @RequestParam(defaultValue = "0") int estimatedMinutes,
                        @RequestParam(defaultValue = "false") boolean handIn,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime handInTime,
                        @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
                        RedirectAttributes redirect, Locale locale) {
        Member member = CurrentMember.require();
        HomeworkId homework = cahier.giveHomework(member, new LessonEntryId(id),
                new HomeworkDraft(dueOn, description, estimatedMinutes, handIn, handInTime));
        if (files != null) {
            for (MultipartFile file : files) {
                if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
                    continue; // the browser sends an empty part when no file was chosen
                }
                try {
                    cahier.attach(member, homework, HomeworkApiController.upload(file));
                } catch (FileRejectedException e) {
                    redirect.addFlashAttribute("rejection", file.getOriginalFilename() + " : "
                            + messages.getMessage(e.messageCode(), e.messageArguments(), locale));
                }
            }
        }
        redirect.addFlashAttribute("given", true);
        return "redirect:/homework/lessons/" + id;
    }

    /** The class's load around a due date, shown next to the due-date field (htmx fragment). */
    @GetMapping("/homework/workload")
    String workload(@RequestParam("target") String target,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
                    @RequestParam(name = "estimatedMinutes", defaultValue = "0") int minutes, Model model) {
        Member member = CurrentMember.require();
        LocalDate monday = dueOn.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate saturday = monday.plusDays(5);
        List<DayLoad> week = workload.of(member, ClassTarget.parse(target), monday,
                dueOn.isAfter(saturday) ? dueOn : saturday);
        DayLoad day = week.stream().filter(d -> d.date().equals(dueOn)).findFirst()
                .orElse(new DayLoad(dueOn, 0, 0));
        model.addAttribute("week", week);
        model.addAttribute("day", day);
        model.addAttribute("dueOn", dueOn);
        model.addAttribute("threshold", workload.thresholdMinutes());
        model.addAttribute("heavy", day.heavyWith(Math.max(minutes, 0), workload.thresholdMinutes()));
        return "homework/parts :: load";
    }
}

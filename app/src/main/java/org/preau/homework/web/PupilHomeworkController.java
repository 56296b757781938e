package org.preau.homework.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.preau.homework.AttachmentId;
import org.preau.homework.CahierDeTextes;
import org.preau.homework.CorrectionId;
import org.preau.homework.FileRejectedException;
import org.preau.homework.HandIns;
import org.preau.homework.HomeworkId;
import org.preau.homework.HomeworkItem;
import org.preau.homework.PupilHomework;
import org.preau.homework.SubmissionId;
import org.preau.homework.SubmissionVersion;
import org.preau.homework.internal.FileRules;
import org.preau.homework.internal.SchoolClock;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** "Travail à faire" for pupils and parents: by due date, ticked as done, handed in. */
@Controller
class PupilHomeworkController {

    private final PupilHomework pupilHomework;
    private final HandIns handIns;
    private final CahierDeTextes cahier;
    private final FileRules rules;
    private final MessageSource messages;

    PupilHomeworkController(PupilHomework pupilHomework, HandIns handIns, CahierDeTextes cahier, FileRules rules,
                            MessageSource messages) {
        this.pupilHomework = pupilHomework;
        this.handIns = handIns;
        this.cahier = cahier;
        this.rules = rules;
        this.messages = messages;
    }

    /** The pupil's own list; a parent's list of children (straight to the child when there is one). */
    @GetMapping("/homework")
    String start(Model model) {
        Member member = CurrentMember.require();
        if (member.pupilId() != null) {
            return "redirect:/homework/pupils/" + member.pupilId();
        }
        if (member.has(Role.PARENT)) {
            List<PupilSummary> children = pupilHomework.childrenOf(member);
            if (children.size() == 1) {
                return "redirect:/homework/pupils/" + children.getFirst().id();
            }
            model.addAttribute("children", children);
            return "homework/children";
        }
        if (member.has(Role.PROFESSEUR)) {
            return "redirect:/homework/lessons";
        }
        return "redirect:/homework/classes";
    }

    @GetMapping("/homework/pupils/{pupilId}")
    String pupil(@PathVariable UUID pupilId,
                 @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                 @Nullable LocalDate from, Model model) {
        Member member = CurrentMember.require();
        PupilId id = new PupilId(pupilId);
        LocalDate start = from == null ? SchoolClock.today() : from;
        LocalDate end = start.plusDays(20);
        List<HomeworkItem> items = pupilHomework.homeworkOf(member, id, start, end);
        Map<LocalDate, List<HomeworkItem>> byDay = items.stream()
                .collect(Collectors.groupingBy(HomeworkItem::dueOn, TreeMap::new, Collectors.toList()));
        model.addAttribute("pupil", pupilHomework.pupil(member, id));
        model.addAttribute("self", pupilId.equals(member.pupilId()));
        model.addAttribute("byDay", byDay);
        model.addAttribute("from", start);
        model.addAttribute("previous", start.minusDays(21));
        model.addAttribute("next", start.plusDays(21));
        model.addAttribute("now", java.time.Instant.now());
        model.addAttribute("zone", SchoolClock.ZONE);
        model.addAttribute("accepted", FileRules.ACCEPTED);
        model.addAttribute("maxMegabytes", rules.maxBytes() / (1024 * 1024));
        if (member.has(Role.PARENT)) {
            model.addAttribute("children", pupilHomework.childrenOf(member));
        }
        return "homework/pupil";
    }

    /** Ticks a homework as done; with htmx only the checkbox is sent back. */
    @PostMapping("/homework/{homeworkId}/done")
    String done(@PathVariable UUID homeworkId, @RequestParam(defaultValue = "false") boolean done,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        Member member = CurrentMember.require();
        pupilHomework.markDone(member, new HomeworkId(homeworkId), done);
        if (htmx != null) {
            model.addAttribute("homeworkId", homeworkId);
            model.addAttribute("done", done);
            return "homework/parts :: done";
        }
        return "redirect:/homework/pupils/" + member.pupilId() + "#devoir-" + homeworkId;
    }

    /** The pupil hands in a file from their list. */
    @PostMapping("/homework/{homeworkId}/hand-in")
    String handIn(@PathVariable UUID homeworkId, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect, java.util.Locale locale) {
        Member member = CurrentMember.require();
        if (member.pupilId() == null) {
            throw new org.preau.homework.HomeworkDeniedException("Only the pupil hands in their own work");
        }
        try {
            SubmissionVersion version = handIns.submit(member, new PupilId(member.pupilId()),
                    new HomeworkId(homeworkId), HomeworkApiController.upload(file));
            redirect.addFlashAttribute("handedIn", homeworkId);
            redirect.addFlashAttribute("handedInLate", version.late());
        } catch (FileRejectedException e) {
            redirect.addFlashAttribute("rejected", homeworkId);
            redirect.addFlashAttribute("rejection",
                    messages.getMessage(e.messageCode(), e.messageArguments(), locale));
        }
        return "redirect:/homework/pupils/" + member.pupilId() + "#devoir-" + homeworkId;
    }

    @GetMapping("/homework/attachments/{id}")
    void attachment(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        Downloads.send(cahier.attachment(CurrentMember.require(), new AttachmentId(id)), response);
    }

    @GetMapping("/homework/submissions/{id}")
    void submission(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        Downloads.send(handIns.submissionFile(CurrentMember.require(), new SubmissionId(id)), response);
    }

    @GetMapping("/homework/corrections/{id}")
    void correction(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        Downloads.send(handIns.correctionFile(CurrentMember.require(), new CorrectionId(id)), response);
    }
}

package org.preau.homework.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.homework.FileRejectedException;
import org.preau.homework.HandIns;
import org.preau.homework.HomeworkId;
import org.preau.homework.UploadedFile;
import org.preau.homework.internal.FileRules;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.school.PupilId;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The teacher's side of the remise de copies: every hand-in, the zip of all, marks and corrected files. */
@Controller
class HandInsController {

    private final HandIns handIns;
    private final FileRules rules;
    private final MessageSource messages;

    HandInsController(HandIns handIns, FileRules rules, MessageSource messages) {
        this.handIns = handIns;
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/homework/{id}/hand-ins")
    String handIns(@PathVariable UUID id, Model model) {
        model.addAttribute("homeworkId", id);
        model.addAttribute("handIns", handIns.handInsOf(CurrentMember.require(), new HomeworkId(id)));
        model.addAttribute("accepted", FileRules.ACCEPTED);
        model.addAttribute("maxMegabytes", rules.maxBytes() / (1024 * 1024));
        return "homework/hand-ins";
    }

    /** Every hand-in in one zip, streamed as it is written. */
    @GetMapping("/homework/{id}/hand-ins.zip")
    void zip(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        Member member = CurrentMember.require();
        handIns.handInsOf(member, new HomeworkId(id)); // checks access before the response starts
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("copies-" + id + ".zip", StandardCharsets.UTF_8).build().toString());
        handIns.writeZip(member, new HomeworkId(id), response.getOutputStream());
    }

    /** Returns a pupil's work: mark, comment and possibly a corrected file. */
    @PostMapping("/homework/{id}/hand-ins/{pupilId}")
    String giveBack(@PathVariable UUID id, @PathVariable UUID pupilId,
                    @RequestParam(required = false) @Nullable BigDecimal mark,
                    @RequestParam(defaultValue = "") String comment,
                    @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
                    RedirectAttributes redirect, Locale locale) {
        UploadedFile corrected = file == null || file.isEmpty() ? null : HomeworkApiController.upload(file);
        try {
            handIns.returnCorrection(CurrentMember.require(), new HomeworkId(id), new PupilId(pupilId), mark, comment,
                    corrected);
            redirect.addFlashAttribute("returned", pupilId);
        } catch (FileRejectedException e) {
            redirect.addFlashAttribute("rejection", messages.getMessage(e.messageCode(), e.messageArguments(), locale));
        }
        return "redirect:/homework/" + id + "/hand-ins#eleve-" + pupilId;
    }
}

package org.preau.school.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.school.internal.people.ImportProblem;
import org.preau.school.internal.people.ImportReport;
import org.preau.school.internal.people.PeopleImport;
import org.preau.school.internal.people.PeopleKind;
import org.preau.school.internal.structure.StructureEditor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV import of people for the direction: upload, preview with every problem named by file, line and column,
 * then import (all lines, or the valid ones on request). The file travels back with the preview form, so the
 * server keeps nothing between the two steps.
 */
@Controller
class ImportPages {

    /** A problem as the page shows it. */
    record ProblemLine(String file, long line, String column, String problem) {
    }

    private final PeopleImport peopleImport;
    private final StructureEditor editor;
    private final MessageSource messages;

    ImportPages(PeopleImport peopleImport, StructureEditor editor, MessageSource messages) {
        this.peopleImport = peopleImport;
        this.editor = editor;
        this.messages = messages;
    }

    @GetMapping("/school/import")
    String form(Model model) {
        editor.requireDirection(CurrentMember.require());
        model.addAttribute("kinds", PeopleKind.values());
        return "school/import";
    }

    @PostMapping("/school/import")
    String preview(@RequestParam PeopleKind kind, @RequestParam MultipartFile file, Model model, Locale locale)
            throws IOException {
        Member member = CurrentMember.require();
        editor.requireDirection(member);
        String content = new String(file.getBytes(), StandardCharsets.UTF_8);
        String name = file.getOriginalFilename() == null ? "import.csv" : file.getOriginalFilename();
        ImportReport report = peopleImport.preview(member, kind, name, content);
        model.addAttribute("csv", Base64.getUrlEncoder().withoutPadding().encodeToString(content.getBytes(StandardCharsets.UTF_8)));
        return report(model, report, false, locale);
    }

    @PostMapping("/school/import/confirm")
    String confirm(@RequestParam PeopleKind kind, @RequestParam String fileName, @RequestParam String content,
                   @RequestParam(defaultValue = "false") boolean validLinesOnly, Model model, Locale locale) {
        Member member = CurrentMember.require();
        String csv = new String(Base64.getUrlDecoder().decode(content), StandardCharsets.UTF_8);
        ImportReport report = peopleImport.importFile(member, kind, fileName, csv, validLinesOnly);
        model.addAttribute("csv", content);
        return report(model, report, true, locale);
    }

    private String report(Model model, ImportReport report, boolean attempted, Locale locale) {
        model.addAttribute("report", report);
        model.addAttribute("attempted", attempted);
        model.addAttribute("problems", problems(report.problems(), locale));
        return "school/import-report";
    }

    private List<ProblemLine> problems(List<ImportProblem> problems, Locale locale) {
        return problems.stream().map(p -> new ProblemLine(p.file(), p.line(), p.column(),
                messages.getMessage("school.import.problem." + p.code(), p.args().toArray(), p.code(), locale)))
                .toList();
    }
}

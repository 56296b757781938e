package org.preau.grades.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.grades.CompetenceGrid;
import org.preau.grades.CompetenceLevel;
import org.preau.grades.Grades;
import org.preau.grades.SocleAssessments;
import org.preau.grades.SocleComponent;
import org.preau.platform.CurrentMember;
import org.preau.school.DivisionId;
import org.preau.school.PeriodId;
import org.preau.school.PeriodView;
import org.preau.school.PupilId;
import org.preau.school.SubjectId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The socle grid of a division (pupils × components), saved cell by cell by grades.js. */
@Controller
class SocleGridPages {

    private final SocleAssessments socle;
    private final Grades grades;
    private final MessageSource messages;

    SocleGridPages(SocleAssessments socle, Grades grades, MessageSource messages) {
        this.socle = socle;
        this.grades = grades;
        this.messages = messages;
    }

    @GetMapping("/grades/divisions/{divisionId}/competences")
    String grid(@PathVariable UUID divisionId, @RequestParam(required = false) @Nullable UUID subjectId,
                @RequestParam(required = false) @Nullable UUID periodId, Model model) {
        PeriodId period = periodOrCurrent(periodId);
        CompetenceGrid grid = socle.grid(CurrentMember.require(), new DivisionId(divisionId),
                subjectId == null ? null : new SubjectId(subjectId), period);
        model.addAttribute("grid", grid);
        model.addAttribute("periods", grades.periods());
        model.addAttribute("components", SocleComponent.values());
        model.addAttribute("levels", CompetenceLevel.values());
        return "grades/socle";
    }

    /** Saves one cell ("" clears it, 1–4 sets the level); answers JSON for grades.js, 422 for other input. */
    @PostMapping("/grades/divisions/{divisionId}/competences")
    @ResponseBody
    ResponseEntity<Map<String, Object>> save(@PathVariable UUID divisionId, @RequestParam UUID subjectId,
                                             @RequestParam UUID periodId, @RequestParam UUID pupilId,
                                             @RequestParam String component,
                                             @RequestParam(defaultValue = "") String level) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pupilId", pupilId);
        body.put("component", component);
        SocleComponent socleComponent;
        int points;
        try {
            socleComponent = SocleComponent.valueOf(component);
            String input = level.strip();
            points = input.isEmpty() ? 0 : Integer.parseInt(input);
            if (points < 0 || points > 4) {
                throw new IllegalArgumentException("level");
            }
        } catch (IllegalArgumentException e) {
            body.put("error", messages.getMessage("grades.socle.error.level", null, LocaleContextHolder.getLocale()));
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(body);
        }
        PeriodId period = periodOrCurrent(periodId);
        Optional<CompetenceLevel> saved = socle.saveLevel(CurrentMember.require(), new DivisionId(divisionId),
                new SubjectId(subjectId), period, new PupilId(pupilId), socleComponent, points);
        body.put("level", saved.map(CompetenceLevel::points).orElse(0));
        body.put("label", saved.map(l -> messages.getMessage("grades.level." + l, null,
                LocaleContextHolder.getLocale())).orElse(""));
        return ResponseEntity.ok(body);
    }

    private PeriodId periodOrCurrent(@Nullable UUID periodId) {
        Optional<PeriodId> period = periodId == null ? grades.currentPeriod().map(PeriodView::id)
                : grades.periods().stream().map(PeriodView::id).filter(p -> p.value().equals(periodId)).findFirst();
        return period.orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such period"), null));
    }
}

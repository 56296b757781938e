package org.preau.grades.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.grades.Averages;
import org.preau.grades.EvaluationId;
import org.preau.grades.Grades;
import org.preau.grades.GradingSettings;
import org.preau.grades.NewEvaluation;
import org.preau.grades.SocleAssessments;
import org.preau.grades.SocleComponent;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.school.PeriodId;
import org.preau.school.PeriodView;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.SchoolStructure;
import org.preau.school.TeachingAssignmentId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The teacher's evaluations and marks grid, and a pupil's marks for parents, pupils and staff. */
@Controller
class GradesPages {

    /** Publication times typed by teachers are school-local (metropolitan France). */
    static final ZoneId SCHOOL_ZONE = Grades.SCHOOL_ZONE;

    private final Grades grades;
    private final GradingSettings settings;
    private final SocleAssessments socle;
    private final SchoolStructure structure;
    private final PupilAccess pupils;

    GradesPages(Grades grades, GradingSettings settings, SocleAssessments socle, SchoolStructure structure,
                PupilAccess pupils) {
        this.grades = grades;
        this.settings = settings;
        this.socle = socle;
        this.structure = structure;
        this.pupils = pupils;
    }

    @GetMapping("/grades")
    String home(Model model) {
        Member member = CurrentMember.require();
        if (member.has(Role.ELEVE) && member.pupilId() != null && !member.has(Role.PROFESSEUR)) {
            return "redirect:/grades/pupils/" + member.pupilId();
        }
        model.addAttribute("member", member);
        model.addAttribute("children", pupils.childrenOf(member));
        if (member.has(Role.PROFESSEUR) && member.staffId() != null) {
            model.addAttribute("classes", grades.classesOf(member));
            model.addAttribute("evaluations", grades.evaluationsOf(member));
            model.addAttribute("periods", grades.periods());
            model.addAttribute("currentPeriod", grades.currentPeriod().map(PeriodView::id).orElse(null));
            model.addAttribute("today", LocalDate.now(SCHOOL_ZONE));
            model.addAttribute("components", SocleComponent.values());
            model.addAttribute("rule", settings.publicationRule());
            model.addAttribute("socleClasses", socle.divisionsOf(member));
        }
        if (member.has(Role.DIRECTION)) {
            model.addAttribute("divisions", structure.divisions());
        }
        return "grades/home";
    }

    @PostMapping("/grades/evaluations")
    String create(@RequestParam UUID assignmentId, @RequestParam String title, @RequestParam LocalDate heldOn,
                  @RequestParam UUID periodId, @RequestParam BigDecimal scale, @RequestParam BigDecimal coefficient,
                  @RequestParam(required = false) @Nullable LocalDateTime publishedAt,
                  @RequestParam(required = false) @Nullable String component) {
        Instant published = publishedAt == null ? null : publishedAt.atZone(SCHOOL_ZONE).toInstant();
        EvaluationId id = grades.createEvaluation(CurrentMember.require(), new NewEvaluation(
                new TeachingAssignmentId(assignmentId), title, heldOn, new PeriodId(periodId), scale, coefficient,
                published, component == null || component.isBlank() ? null : SocleComponent.valueOf(component)));
        return "redirect:/grades/evaluations/" + id;
    }

    @GetMapping("/grades/evaluations/{id}")
    String grid(@PathVariable UUID id, Model model) {
        var grid = grades.grid(CurrentMember.require(), new EvaluationId(id));
        model.addAttribute("grid", grid);
        model.addAttribute("levels", org.preau.grades.CompetenceLevel.values());
        model.addAttribute("publishedAt", LocalDateTime.ofInstant(grid.evaluation().publishedAt(), SCHOOL_ZONE));
        return "grades/grid";
    }

    /** Saves one cell of the grid; answers the saved value and the class statistics (JSON, for grades.js). */
    @PostMapping("/grades/evaluations/{id}/marks")
    @ResponseBody
    ResponseEntity<Map<String, Object>> saveMark(@PathVariable UUID id, @RequestParam UUID pupilId,
                                                 @RequestParam(defaultValue = "") String value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pupilId", pupilId);
        try {
            var stats = grades.saveMark(CurrentMember.require(), new EvaluationId(id), new PupilId(pupilId), value);
            body.put("value", value.strip().toLowerCase(java.util.Locale.ROOT).replace(',', '.'));
            body.put("statistics", stats.map(GradesPages::json).orElse(Map.of()));
            return ResponseEntity.ok(body);
        } catch (IllegalArgumentException e) {
            body.put("error", e.getMessage());
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(body);
        }
    }

    /** Saves one pupil's level on the evaluation's socle component (0 clears it). */
    @PostMapping("/grades/evaluations/{id}/competences")
    @ResponseBody
    ResponseEntity<Map<String, Object>> saveLevel(@PathVariable UUID id, @RequestParam UUID pupilId,
                                                  @RequestParam int level) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pupilId", pupilId);
        try {
            grades.saveLevel(CurrentMember.require(), new EvaluationId(id), new PupilId(pupilId), level);
            body.put("level", level);
            return ResponseEntity.ok(body);
        } catch (IllegalArgumentException e) {
            body.put("error", e.getMessage());
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(body);
        }
    }

    @GetMapping("/grades/pupils/{id}")
    String pupil(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID periodId, Model model) {
        Member member = CurrentMember.require();
        PupilId pupil = new PupilId(id);
        pupils.requireCanSee(member, pupil);
        List<PeriodView> periods = grades.periods();
        PeriodId period = periodId != null ? new PeriodId(periodId)
                : grades.currentPeriod().map(PeriodView::id).orElse(null);
        model.addAttribute("periods", periods);
        model.addAttribute("periodId", period);
        model.addAttribute("pupil", pupils.find(pupil).orElseThrow());
        model.addAttribute("grades", period == null ? null : grades.gradesOf(member, pupil, period));
        model.addAttribute("competences", period == null ? List.of() : grades.competencesOf(member, pupil, period));
        return "grades/pupil";
    }

    private static Map<String, Object> json(Averages.Statistics stats) {
        return Map.of("min", stats.min().toPlainString(), "max", stats.max().toPlainString(),
                "mean", stats.mean().toPlainString(), "count", stats.count());
    }
}

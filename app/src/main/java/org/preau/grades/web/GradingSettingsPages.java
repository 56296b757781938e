package org.preau.grades.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.preau.grades.GradingDeniedException;
import org.preau.grades.GradingSettings;
import org.preau.grades.PublicationRule;
import org.preau.grades.SubjectCoefficient;
import org.preau.platform.CurrentMember;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.school.SubjectId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Direction's grading settings: when marks reach families by default, and the subjects' coefficients in the
 * overall average. Invalid input re-renders the page (422) with a message naming each wrong field.
 */
@Controller
class GradingSettingsPages {

    static final String COEFFICIENT_PREFIX = "coef-";

    private final GradingSettings settings;
    private final MessageSource messages;

    GradingSettingsPages(GradingSettings settings, MessageSource messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/grades/settings")
    String page(@RequestParam(required = false) @Nullable String saved, Model model) {
        Member member = requireDirection();
        PublicationRule rule = settings.publicationRule();
        Map<String, String> values = new HashMap<>();
        values.put("publicationDays", String.valueOf(rule.daysAfter()));
        values.put("publicationTime", rule.at().toString());
        settings.subjectCoefficients().forEach(s -> values.put(COEFFICIENT_PREFIX + s.subjectId().value(),
                s.coefficient().stripTrailingZeros().toPlainString()));
        model.addAttribute("saved", saved);
        return render(member, model, values, Map.of());
    }

    @PostMapping("/grades/settings/publication")
    String savePublication(@RequestParam(defaultValue = "") String publicationDays,
                           @RequestParam(defaultValue = "") String publicationTime, Model model,
                           HttpServletResponse response) {
        Member member = requireDirection();
        Map<String, String> errors = new LinkedHashMap<>();
        Integer days = null;
        try {
            days = Integer.valueOf(publicationDays.strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (days == null || days < 0 || days > PublicationRule.MAX_DAYS) {
            errors.put("publicationDays", message("grades.settings.error.days", PublicationRule.MAX_DAYS));
        }
        LocalTime time = null;
        try {
            time = LocalTime.parse(publicationTime.strip());
        } catch (DateTimeParseException e) {
            errors.put("publicationTime", message("grades.settings.error.time"));
        }
        if (!errors.isEmpty()) {
            Map<String, String> values = currentCoefficients();
            values.put("publicationDays", publicationDays);
            values.put("publicationTime", publicationTime);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(member, model, values, errors);
        }
        settings.changePublicationRule(member, new PublicationRule(days, time));
        return "redirect:/grades/settings?saved=publication";
    }

    @PostMapping("/grades/settings/coefficients")
    String saveCoefficients(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        Member member = requireDirection();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<SubjectId, BigDecimal> coefficients = new LinkedHashMap<>();
        for (SubjectCoefficient subject : settings.subjectCoefficients()) {
            String field = COEFFICIENT_PREFIX + subject.subjectId().value();
            String input = form.get(field);
            if (input == null) {
                continue;
            }
            BigDecimal coefficient = parse(input);
            if (coefficient == null || !GradingSettings.isValidCoefficient(coefficient)) {
                errors.put(field, message("grades.settings.error.coefficient", subject.name(),
                        GradingSettings.MAX_COEFFICIENT));
            } else {
                coefficients.put(subject.subjectId(), coefficient);
            }
        }
        if (!errors.isEmpty()) {
            Map<String, String> values = currentCoefficients();
            form.forEach((k, v) -> {
                if (k.startsWith(COEFFICIENT_PREFIX)) {
                    values.put(k, v);
                }
            });
            PublicationRule rule = settings.publicationRule();
            values.put("publicationDays", String.valueOf(rule.daysAfter()));
            values.put("publicationTime", rule.at().toString());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(member, model, values, errors);
        }
        settings.changeSubjectCoefficients(member, coefficients);
        return "redirect:/grades/settings?saved=coefficients";
    }

    private String render(Member member, Model model, Map<String, String> values, Map<String, String> errors) {
        PublicationRule rule = settings.publicationRule();
        LocalDate today = LocalDate.now(GradesPages.SCHOOL_ZONE);
        model.addAttribute("rule", rule);
        model.addAttribute("exampleHeldOn", today);
        model.addAttribute("examplePublishedOn", today.plusDays(rule.daysAfter()));
        model.addAttribute("maxDays", PublicationRule.MAX_DAYS);
        model.addAttribute("subjects", settings.subjectCoefficients());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("member", member);
        return "grades/settings";
    }

    private Map<String, String> currentCoefficients() {
        Map<String, String> values = new HashMap<>();
        settings.subjectCoefficients().forEach(s -> values.put(COEFFICIENT_PREFIX + s.subjectId().value(),
                s.coefficient().stripTrailingZeros().toPlainString()));
        return values;
    }

    /** "1,5" and "1.5" alike; null when not a number. */
    private static @Nullable BigDecimal parse(String input) {
        try {
            return new BigDecimal(input.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static Member requireDirection() {
        Member member = CurrentMember.require();
        if (!member.has(Role.DIRECTION)) {
            throw new GradingDeniedException("Only direction changes the grading settings");
        }
        return member;
    }
}

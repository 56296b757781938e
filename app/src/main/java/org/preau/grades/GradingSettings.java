package org.preau.grades;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.preau.grades.internal.GradingSettingsStore;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.preau.school.SchoolStructure;
import org.preau.school.SubjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's grading settings, changed by direction: the default publication time of marks
 * ({@link PublicationRule}) and each subject's coefficient in the overall average (see {@link Averages}).
 */
@Service
public class GradingSettings {

    /** Highest subject coefficient accepted (the column allows 2 decimals). */
    public static final BigDecimal MAX_COEFFICIENT = BigDecimal.valueOf(20);

    private final GradingSettingsStore store;
    private final SchoolStructure structure;

    GradingSettings(GradingSettingsStore store, SchoolStructure structure) {
        this.store = store;
        this.structure = structure;
    }

    /** The rule new evaluations follow unless their teacher picks a time; anyone of the school may read it. */
    @Transactional(readOnly = true)
    public PublicationRule publicationRule() {
        return store.publicationRule();
    }

    @Transactional
    public void changePublicationRule(Member member, PublicationRule rule) {
        requireDirection(member);
        store.savePublicationRule(rule);
    }

    /** Every subject of the school with its coefficient, by name. */
    @Transactional(readOnly = true)
    public List<SubjectCoefficient> subjectCoefficients() {
        Map<SubjectId, BigDecimal> set = store.subjectCoefficients();
        return structure.subjects().stream()
                .map(s -> new SubjectCoefficient(s.id(), s.code(), s.name(), set.getOrDefault(s.id(), BigDecimal.ONE)))
                .toList();
    }

    /**
     * Sets the coefficients of the subjects given (others unchanged).
     *
     * @throws IllegalArgumentException for an unknown subject or a coefficient that {@link #isValidCoefficient}
     *                                  refuses (nothing is saved then)
     */
    @Transactional
    public void changeSubjectCoefficients(Member member, Map<SubjectId, BigDecimal> coefficients) {
        requireDirection(member);
        var known = structure.subjects().stream().map(s -> s.id()).toList();
        coefficients.forEach((subject, coefficient) -> {
            if (!known.contains(subject)) {
                throw new IllegalArgumentException("Unknown subject " + subject.value());
            }
            if (!isValidCoefficient(coefficient)) {
                throw new IllegalArgumentException("A subject coefficient is 0 to 20 with at most 2 decimals");
            }
        });
        coefficients.forEach(store::saveSubjectCoefficient);
    }

    /** 0 to {@link #MAX_COEFFICIENT}, at most two decimals. */
    public static boolean isValidCoefficient(BigDecimal coefficient) {
        return coefficient.signum() >= 0 && coefficient.compareTo(MAX_COEFFICIENT) <= 0
                && coefficient.stripTrailingZeros().scale() <= 2;
    }

    private static void requireDirection(Member member) {
        if (!member.has(Role.DIRECTION)) {
            throw new GradingDeniedException("Only direction changes the grading settings");
        }
    }
}

package org.preau.reportcards.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.preau.grades.Grades;
import org.preau.grades.PupilGrades;
import org.preau.grades.SubjectGrades;
import org.preau.reportcards.CouncilDecision;
import org.preau.reportcards.Distinction;
import org.preau.school.DivisionView;
import org.preau.school.PeriodView;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.preau.school.TeachingAssignmentView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report cards for the demo collège: every teacher's appréciations and the conseil de classe's decisions for the
 * latest period that has ended (or the current one while none has), written from the demo marks. Deterministic.
 */
@Component
public class DemoReportCards {

    static final long SEED = 0x62756C6CL;
    private static final Logger log = LoggerFactory.getLogger(DemoReportCards.class);

    private static final List<List<String>> SUBJECT_PHRASES = List.of(
            List.of("Des difficultés importantes : il faut reprendre les bases avec régularité.",
                    "Trimestre difficile. Un travail personnel plus régulier est indispensable.",
                    "Résultats insuffisants ; la participation doit devenir plus active."),
            List.of("Des résultats fragiles. Des efforts sont visibles, il faut les poursuivre.",
                    "Ensemble juste. Le travail à la maison doit être plus approfondi.",
                    "Trimestre en demi-teinte : des progrès possibles avec plus de rigueur."),
            List.of("Bon trimestre, travail sérieux et régulier.",
                    "Résultats satisfaisants. Une participation orale plus fréquente serait bienvenue.",
                    "Travail sérieux ; continuez ainsi."),
            List.of("Excellent trimestre, travail remarquable.",
                    "Très bons résultats, une élève ou un élève moteur pour la classe.",
                    "Très bon travail, sérieux et curiosité."));

    private static final List<String> GENERAL_PHRASES = List.of(
            "Trimestre préoccupant. Un sursaut est nécessaire dans la plupart des matières.",
            "Trimestre inégal. Des efforts sont à fournir pour consolider les acquis.",
            "Bon trimestre dans l'ensemble. Il faut maintenir ces efforts.",
            "Excellent trimestre. Félicitations pour ce travail sérieux et constant.");

    private final SchoolStructure structure;
    private final Grades grades;
    private final ReportCardStore store;

    DemoReportCards(SchoolStructure structure, Grades grades, ReportCardStore store) {
        this.structure = structure;
        this.grades = grades;
        this.store = store;
    }

    @Transactional
    public void seed(LocalDate today) {
        Optional<PeriodView> period = reportPeriod(structure.periods(), today);
        if (period.isEmpty()) {
            return;
        }
        Random random = new Random(SEED);
        Map<PupilId, PupilGrades> gradesOf = new HashMap<>();
        int appreciations = 0;
        for (TeachingAssignmentView assignment : structure.teachingAssignments()) {
            List<PupilSummary> pupils = assignment.divisionId() != null
                    ? structure.pupilsOfDivision(assignment.divisionId())
                    : structure.pupilsOfGroup(assignment.groupId());
            for (PupilSummary pupil : pupils) {
                PupilGrades pupilGrades = gradesOf.computeIfAbsent(pupil.id(),
                        id -> grades.periodGrades(id, period.get().id(), null));
                BigDecimal average = pupilGrades.subject(assignment.subjectId()).map(SubjectGrades::average)
                        .orElse(null);
                if (average == null) {
                    continue;
                }
                List<String> phrases = SUBJECT_PHRASES.get(band(average));
                store.saveAppreciation(period.get().id(), pupil.id(), assignment.subjectId(), assignment.teacherId(),
                        phrases.get(random.nextInt(phrases.size())));
                appreciations++;
            }
        }
        int decisions = 0;
        for (DivisionView division : structure.divisions()) {
            for (PupilSummary pupil : structure.pupilsOfDivision(division.id())) {
                PupilGrades pupilGrades = gradesOf.computeIfAbsent(pupil.id(),
                        id -> grades.periodGrades(id, period.get().id(), null));
                BigDecimal overall = pupilGrades.overallAverage();
                if (overall == null) {
                    continue;
                }
                store.saveCouncil(period.get().id(), pupil.id(), decision(overall, random),
                        division.principalTeacherId());
                decisions++;
            }
        }
        log.info("Demo report cards seeded for {}: {} appréciations, {} conseil decisions", period.get().name(),
                appreciations, decisions);
    }

    /** The latest period that has ended, or the current one while none has. */
    static Optional<PeriodView> reportPeriod(List<PeriodView> periods, LocalDate today) {
        return periods.stream().filter(p -> p.endsOn().isBefore(today)).reduce((a, b) -> b)
                .or(() -> periods.stream().filter(p -> p.contains(today)).findFirst())
                .or(() -> periods.stream().findFirst());
    }

    private static CouncilDecision decision(BigDecimal overall, Random random) {
        double value = overall.doubleValue();
        @Nullable Distinction distinction = value >= 16 ? Distinction.FELICITATIONS
                : value >= 14 ? Distinction.COMPLIMENTS
                : value >= 12 && random.nextInt(3) == 0 ? Distinction.ENCOURAGEMENTS : null;
        boolean workWarning = value < 8 && random.nextInt(2) == 0;
        boolean conductWarning = random.nextInt(60) == 0;
        return new CouncilDecision(GENERAL_PHRASES.get(band(overall)), distinction, workWarning, conductWarning);
    }

    private static int band(BigDecimal average) {
        double value = average.doubleValue();
        return value < 8 ? 0 : value < 12 ? 1 : value < 16 ? 2 : 3;
    }
}

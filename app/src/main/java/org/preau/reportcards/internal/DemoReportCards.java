package org.preau.reportcards.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.grades.Grades;
import org.preau.grades.PupilGrades;
import org.preau.grades.SubjectGrades;
import org.preau.platform.TenantContext;
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
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;

    DemoReportCards(SchoolStructure structure, Grades grades, JdbcTemplate jdbc) {
        this.structure = structure;
        this.grades = grades;
        this.jdbc = jdbc;
    }

    @Transactional
    public void seed(LocalDate today) {
        Optional<PeriodView> found = reportPeriod(structure.periods(), today);
        if (found.isEmpty()) {
            return;
        }
        PeriodView period = found.get();
        UUID school = TenantContext.require().value();
        Random random = new Random(SEED);
        List<DivisionView> divisions = structure.divisions();
        Map<DivisionView, List<PupilSummary>> divisionPupils = new LinkedHashMap<>();
        divisions.forEach(d -> divisionPupils.put(d, structure.pupilsOfDivision(d.id())));
        List<PupilId> everyone = divisionPupils.values().stream().flatMap(List::stream).map(PupilSummary::id).toList();
        Map<PupilId, PupilGrades> gradesOf = grades.periodGrades(everyone, period.id(), null);

        List<Object[]> appreciations = new ArrayList<>();
        Map<Object, List<PupilSummary>> classes = new HashMap<>();
        Set<String> written = new HashSet<>();
        for (TeachingAssignmentView assignment : structure.teachingAssignments()) {
            List<PupilSummary> pupils = assignment.divisionId() != null
                    ? classes.computeIfAbsent(assignment.divisionId(), d -> structure.pupilsOfDivision(assignment.divisionId()))
                    : classes.computeIfAbsent(assignment.groupId(), g -> structure.pupilsOfGroup(assignment.groupId()));
            for (PupilSummary pupil : pupils) {
                PupilGrades pupilGrades = gradesOf.get(pupil.id());
                BigDecimal average = pupilGrades == null ? null : pupilGrades.subject(assignment.subjectId())
                        .map(SubjectGrades::average).orElse(null);
                // one appréciation per pupil and subject, even when two teachers share a subject
                if (average == null || !written.add(pupil.id() + "/" + assignment.subjectId())) {
                    continue;
                }
                List<String> phrases = SUBJECT_PHRASES.get(band(average));
                appreciations.add(new Object[] {school, period.id().value(), pupil.id().value(),
                        assignment.subjectId().value(), assignment.teacherId().value(),
                        phrases.get(random.nextInt(phrases.size()))});
            }
        }
        List<Object[]> decisions = new ArrayList<>();
        divisionPupils.forEach((division, pupils) -> {
            for (PupilSummary pupil : pupils) {
                BigDecimal overall = gradesOf.get(pupil.id()).overallAverage();
                if (overall == null) {
                    continue;
                }
                CouncilDecision decision = decision(overall, random);
                decisions.add(new Object[] {school, period.id().value(), pupil.id().value(),
                        decision.generalAppreciation(),
                        decision.distinction() == null ? null : decision.distinction().name(), decision.workWarning(),
                        decision.conductWarning(),
                        division.principalTeacherId() == null ? null : division.principalTeacherId().value()});
            }
        });
        insertAll("""
                insert into subject_appreciations (school_id, period_id, pupil_id, subject_id, teacher_id, text)""",
                6, appreciations);
        insertAll("""
                insert into council_decisions (school_id, period_id, pupil_id, general_appreciation, distinction,
                                               work_warning, conduct_warning, decided_by)""", 8, decisions);
        log.info("Demo report cards seeded for {}: {} appréciations, {} conseil decisions", period.name(),
                appreciations.size(), decisions.size());
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

    /** Multi-row INSERTs, 1000 rows per statement ({@code insert} is "insert into t (a, b, …)"). */
    private void insertAll(String insert, int columns, List<Object[]> rows) {
        String row = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + 1000));
            jdbc.update(insert + " values " + String.join(", ", java.util.Collections.nCopies(part.size(), row)),
                    part.stream().flatMap(java.util.Arrays::stream).toArray());
        }
    }
}

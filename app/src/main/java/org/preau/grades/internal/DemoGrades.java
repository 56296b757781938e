package org.preau.grades.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.preau.grades.CompetenceLevel;
import org.preau.grades.SocleComponent;
import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.preau.school.PeriodView;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.preau.school.TeachingAssignmentView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A term of realistic marks for the demo collège: for every class (teaching assignment) 3 to 6 evaluations in
 * the first trimestre and in the current period up to today, marks spread around 12/20 by each pupil's ability,
 * a few absences, dispenses and unmarked copies, and one socle component assessed per evaluation.
 * Deterministic: the same seed and the same school give the same marks.
 */
@Component
public class DemoGrades {

    static final long SEED = 0x6E6F746573L;
    private static final Logger log = LoggerFactory.getLogger(DemoGrades.class);
    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Paris");
    private static final List<String> TITLES = List.of("Contrôle", "Interrogation écrite", "Devoir maison",
            "Évaluation de fin de chapitre", "Exposé", "Évaluation orale", "Devoir surveillé", "Travail de groupe");

    private final SchoolStructure structure;
    private final JdbcTemplate jdbc;

    DemoGrades(SchoolStructure structure, JdbcTemplate jdbc) {
        this.structure = structure;
        this.jdbc = jdbc;
    }

    /** Seeds the current school's demo marks unless it has evaluations already. */
    @Transactional
    public void seed(LocalDate today) {
        UUID school = TenantContext.require().value();
        Long existing = jdbc.queryForObject("select count(*) from evaluations where school_id = ?", Long.class, school);
        if (existing != null && existing > 0) {
            return;
        }
        List<PeriodView> periods = periodsToFill(structure.periods(), today);
        Random random = new Random(SEED);
        Map<UUID, Double> ability = new HashMap<>();
        List<Object[]> evaluations = new ArrayList<>();
        List<Object[]> marks = new ArrayList<>();
        List<Object[]> competences = new ArrayList<>();
        Map<Object, List<PupilSummary>> classes = new HashMap<>();
        for (TeachingAssignmentView assignment : structure.teachingAssignments()) {
            List<PupilSummary> pupils = assignment.divisionId() != null
                    ? classes.computeIfAbsent(assignment.divisionId(), d -> structure.pupilsOfDivision(assignment.divisionId()))
                    : classes.computeIfAbsent(assignment.groupId(), g -> structure.pupilsOfGroup(assignment.groupId()));
            for (PeriodView period : periods) {
                LocalDate last = period.endsOn().isBefore(today) ? period.endsOn() : today;
                long days = Math.max(ChronoUnit.DAYS.between(period.startsOn(), last), 0);
                int count = 3 + random.nextInt(4);
                for (int n = 0; n < count; n++) {
                    UUID evaluation = Ids.newId();
                    LocalDate heldOn = period.startsOn().plusDays(days * (n + 1) / (count + 1));
                    int scale = random.nextInt(10) == 0 ? 10 : random.nextInt(12) == 0 ? 40 : 20;
                    double coefficient = random.nextInt(5) == 0 ? 2 : random.nextInt(6) == 0 ? 0.5 : 1;
                    double difficulty = random.nextGaussian() * 1.5;
                    Timestamp published = Timestamp.from(publishedAt(heldOn, today));
                    evaluations.add(new Object[] {school, evaluation, assignment.teacherId().value(),
                            assignment.subjectId().value(),
                            assignment.divisionId() == null ? null : assignment.divisionId().value(),
                            assignment.groupId() == null ? null : assignment.groupId().value(), period.id().value(),
                            TITLES.get(random.nextInt(TITLES.size())) + " " + (n + 1), heldOn,
                            BigDecimal.valueOf(scale), BigDecimal.valueOf(coefficient), published,
                            n == 0 ? componentOf(assignment.subjectCode()).name() : null});
                    SocleComponent component = componentOf(assignment.subjectCode());
                    for (PupilSummary pupil : pupils) {
                        // ability from the name, not the id: demo ids are random, names come from a seeded generator
                        double level = ability.computeIfAbsent(pupil.id().value(), id -> clamp(12 + new Random(
                                SEED ^ java.util.Objects.hash(pupil.lastName(), pupil.firstName(),
                                        pupil.divisionName())).nextGaussian() * 3));
                        int roll = random.nextInt(200);
                        String special = roll < 6 ? "ABS" : roll < 8 ? "DISP" : roll < 9 ? "NN" : null;
                        BigDecimal score = null;
                        if (special == null) {
                            double outOf20 = clamp(level - difficulty + random.nextGaussian() * 2.5);
                            score = BigDecimal.valueOf(Math.round(outOf20 * scale / 20.0 * 2) / 2.0)
                                    .setScale(1, RoundingMode.HALF_UP);
                        }
                        marks.add(new Object[] {school, evaluation, pupil.id().value(), score, special});
                        if (score != null && n == 0) {
                            double outOf20 = score.doubleValue() * 20 / scale;
                            competences.add(new Object[] {school, Ids.newId(), pupil.id().value(), component.name(),
                                    levelOf(outOf20).points(), evaluation, assignment.subjectId().value(),
                                    assignment.teacherId().value(), period.id().value(), heldOn});
                        }
                    }
                }
            }
        }
        DemoRows.insertAll(jdbc, """
                insert into evaluations (school_id, id, teacher_id, subject_id, division_id, group_id, period_id, title,
                                         held_on, scale, coefficient, published_at, component)""", 13, evaluations);
        DemoRows.insertAll(jdbc, "insert into marks (school_id, evaluation_id, pupil_id, score, special)", 5, marks);
        DemoRows.insertAll(jdbc, """
                insert into competence_assessments (school_id, id, pupil_id, component, level, evaluation_id,
                                                    subject_id, teacher_id, period_id, assessed_on)""", 10,
                competences);
        log.info("Demo grades seeded: {} evaluations, {} marks in {} period(s)", evaluations.size(), marks.size(),
                periods.size());
    }

    /**
     * Two days after the evaluation at 18:00, as schools usually publish, but never after the start of the day the
     * demo is seeded: in the first days of a trimestre every evaluation of the period is that recent, and the demo
     * would show parents an empty trimestre (its tests failed on the 1st of December, when the 2e trimestre begins).
     */
    static Instant publishedAt(LocalDate heldOn, LocalDate today) {
        Instant usual = heldOn.plusDays(2).atTime(LocalTime.of(18, 0)).atZone(SCHOOL_ZONE).toInstant();
        Instant seeded = today.atStartOfDay(SCHOOL_ZONE).toInstant();
        return usual.isAfter(seeded) ? seeded : usual;
    }

    /** The first period and the one under way (or the latest begun), without repeats. */
    static List<PeriodView> periodsToFill(List<PeriodView> periods, LocalDate today) {
        List<PeriodView> result = new ArrayList<>();
        if (periods.isEmpty()) {
            return result;
        }
        result.add(periods.getFirst());
        periods.stream().filter(p -> !p.startsOn().isAfter(today)).reduce((a, b) -> b)
                .filter(p -> !p.equals(periods.getFirst())).ifPresent(result::add);
        return result;
    }

    static CompetenceLevel levelOf(double outOf20) {
        return outOf20 < 8 ? CompetenceLevel.MAITRISE_INSUFFISANTE : outOf20 < 12 ? CompetenceLevel.MAITRISE_FRAGILE
                : outOf20 < 16 ? CompetenceLevel.MAITRISE_SATISFAISANTE : CompetenceLevel.TRES_BONNE_MAITRISE;
    }

    static SocleComponent componentOf(String subjectCode) {
        String code = subjectCode.toUpperCase(java.util.Locale.ROOT);
        if (code.startsWith("FR")) {
            return SocleComponent.CPD_FRA;
        }
        if (code.startsWith("ANG") || code.startsWith("LV") || code.startsWith("ESP") || code.startsWith("ALL")) {
            return SocleComponent.CPD_ETR;
        }
        if (code.startsWith("MATH")) {
            return SocleComponent.CPD_SCI;
        }
        if (code.startsWith("EPS") || code.startsWith("ART") || code.startsWith("MUS") || code.startsWith("EDM")) {
            return SocleComponent.CPD_ART;
        }
        if (code.startsWith("HG") || code.startsWith("HIST")) {
            return SocleComponent.REP_MND;
        }
        if (code.startsWith("SVT") || code.startsWith("PC") || code.startsWith("PHY") || code.startsWith("TECH")
                || code.startsWith("SCI")) {
            return SocleComponent.SYS_NAT;
        }
        return SocleComponent.MET_APP;
    }

    private static double clamp(double outOf20) {
        return Math.max(0, Math.min(20, outOf20));
    }
}

package org.preau.reportcards.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.preau.grades.Averages;
import org.preau.grades.Grades;
import org.preau.grades.PupilGrades;
import org.preau.grades.SubjectGrades;
import org.preau.reportcards.CouncilDecision;
import org.preau.reportcards.HalfDayAbsences;
import org.preau.reportcards.ReportCardView;
import org.preau.school.DivisionId;
import org.preau.school.DivisionView;
import org.preau.school.PeriodView;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolStructure;
import org.preau.school.StaffId;
import org.preau.school.SubjectId;
import org.preau.school.SubjectView;
import org.preau.school.TeachingAssignmentView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds report cards: the pupil's subject averages next to the class's lowest, mean and highest averages,
 * appréciations, absences and the conseil's decision. No access check here; {@code ReportCards} does that.
 */
@Component
public class ReportCardAssembler {

    private final Grades grades;
    private final SchoolStructure structure;
    private final ReportCardStore store;
    private final ObjectProvider<HalfDayAbsences> absences;

    ReportCardAssembler(Grades grades, SchoolStructure structure, ReportCardStore store,
                        ObjectProvider<HalfDayAbsences> absences) {
        this.grades = grades;
        this.structure = structure;
        this.store = store;
        this.absences = absences;
    }

    /**
     * Every pupil's report card of a division, in the division's alphabetical order.
     *
     * @param publishedBy count only marks published by then (parents and pupils); null for all marks
     */
    @Transactional(readOnly = true)
    public List<ReportCardView> division(DivisionId division, PeriodView period, @Nullable Instant publishedBy) {
        List<PupilSummary> pupils = structure.pupilsOfDivision(division);
        return assemble(pupils, division, period, publishedBy, pupils);
    }

    /** One pupil's report card; the class figures come from the pupil's division. */
    @Transactional(readOnly = true)
    public ReportCardView pupil(PupilSummary pupil, PeriodView period, @Nullable Instant publishedBy) {
        if (pupil.divisionId() == null) {
            return assemble(List.of(pupil), null, period, publishedBy, List.of(pupil)).getFirst();
        }
        return assemble(structure.pupilsOfDivision(pupil.divisionId()), pupil.divisionId(), period, publishedBy,
                List.of(pupil)).getFirst();
    }

    private List<ReportCardView> assemble(List<PupilSummary> classmates, @Nullable DivisionId division,
                                          PeriodView period, @Nullable Instant publishedBy,
                                          List<PupilSummary> wanted) {
        Map<PupilId, PupilGrades> byId = grades.periodGrades(classmates.stream().map(PupilSummary::id).toList(),
                period.id(), publishedBy);
        Map<PupilSummary, PupilGrades> gradesOf = new LinkedHashMap<>();
        classmates.forEach(pupil -> gradesOf.put(pupil, byId.get(pupil.id())));
        Map<SubjectId, List<BigDecimal>> classAverages = new HashMap<>();
        List<BigDecimal> overalls = new ArrayList<>();
        gradesOf.values().forEach(g -> {
            g.subjects().stream().filter(s -> s.average() != null).forEach(s ->
                    classAverages.computeIfAbsent(s.subjectId(), k -> new ArrayList<>()).add(s.average()));
            if (g.overallAverage() != null) {
                overalls.add(g.overallAverage());
            }
        });
        BigDecimal classOverall = Averages.statistics(overalls).map(Averages.Statistics::mean).orElse(null);

        Map<SubjectId, SubjectView> subjects = new LinkedHashMap<>();
        structure.subjects().forEach(s -> subjects.put(s.id(), s));
        Map<StaffId, String> teacherNames = new HashMap<>();
        structure.staff().forEach(s -> teacherNames.put(s.id(), s.displayName()));
        List<TeachingAssignmentView> assignments = structure.teachingAssignments();
        Map<SubjectId, StaffId> divisionTeachers = new HashMap<>();
        assignments.stream().filter(a -> division != null && division.equals(a.divisionId()))
                .forEach(a -> divisionTeachers.putIfAbsent(a.subjectId(), a.teacherId()));
        Optional<DivisionView> divisionView = structure.divisions().stream()
                .filter(d -> d.id().equals(division)).findFirst();
        String principal = divisionView.map(DivisionView::principalTeacherId).map(teacherNames::get).orElse(null);
        String schoolYear = structure.currentYear().map(y -> y.name()).orElse("");
        String schoolName = store.header().name();
        HalfDayAbsences absenceCounter = absences.getIfAvailable();

        List<ReportCardView> cards = new ArrayList<>();
        for (PupilSummary pupil : wanted) {
            PupilGrades pupilGrades = gradesOf.get(pupil);
            Map<SubjectId, ReportCardStore.Appreciation> appreciations = store.appreciations(period.id(), pupil.id());
            List<SubjectId> lineSubjects = new ArrayList<>(divisionTeachers.keySet());
            pupilGrades.subjects().forEach(s -> addOnce(lineSubjects, s.subjectId()));
            appreciations.keySet().forEach(s -> addOnce(lineSubjects, s));
            lineSubjects.sort(Comparator.comparing(s -> subjects.containsKey(s) ? subjects.get(s).name() : ""));
            List<ReportCardView.Line> lines = lineSubjects.stream().map(subject -> {
                Optional<SubjectGrades> mine = pupilGrades.subject(subject);
                var stats = Averages.statistics(classAverages.getOrDefault(subject, List.of()));
                ReportCardStore.Appreciation appreciation = appreciations.get(subject);
                StaffId teacher = appreciation != null ? appreciation.teacher() : divisionTeachers.get(subject);
                SubjectView view = subjects.get(subject);
                return new ReportCardView.Line(subject, view == null ? "" : view.code(),
                        view == null ? mine.map(SubjectGrades::subject).orElse("") : view.name(),
                        teacher == null ? null : teacherNames.get(teacher),
                        mine.map(SubjectGrades::average).orElse(null),
                        mine.map(SubjectGrades::coefficient).orElse(null),
                        stats.map(Averages.Statistics::min).orElse(null),
                        stats.map(Averages.Statistics::mean).orElse(null),
                        stats.map(Averages.Statistics::max).orElse(null),
                        appreciation == null ? null : appreciation.text());
            }).toList();
            HalfDayAbsences.Counts halfDays = absenceCounter == null ? null
                    : absenceCounter.halfDaysAbsent(pupil.id(), period).orElse(null);
            cards.add(new ReportCardView(schoolName, schoolYear, pupil, period, principal, lines,
                    pupilGrades.overallAverage(), classOverall, halfDays,
                    store.council(period.id(), pupil.id()).orElse(CouncilDecision.NONE)));
        }
        return cards;
    }

    private static void addOnce(List<SubjectId> list, SubjectId subject) {
        if (!list.contains(subject)) {
            list.add(subject);
        }
    }
}

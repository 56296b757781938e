package org.preau.reportcards;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.school.PeriodView;
import org.preau.school.PupilSummary;
import org.preau.school.SubjectId;

/**
 * One pupil's bulletin for one period, as printed. Averages come from {@link org.preau.grades.Averages}.
 *
 * @param absences half-days of absence over the period; null when Préau does not record absences
 */
public record ReportCardView(String schoolName, String schoolYear, PupilSummary pupil, PeriodView period,
                             @Nullable String principalTeacher, List<Line> lines,
                             @Nullable BigDecimal overallAverage, @Nullable BigDecimal classOverallAverage,
                             HalfDayAbsences.@Nullable Counts absences, CouncilDecision council) {

    /**
     * One subject: the pupil's average and the subject's coefficient in the overall average (printed so that a
     * family can recompute it), the class's lowest, mean and highest averages, and the appréciation.
     */
    public record Line(SubjectId subjectId, String subjectCode, String subject, @Nullable String teacher,
                       @Nullable BigDecimal average, @Nullable BigDecimal coefficient, @Nullable BigDecimal classMin, @Nullable BigDecimal classMean,
                       @Nullable BigDecimal classMax, @Nullable String appreciation) {
    }
}

package org.preau.grades;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.preau.school.DivisionView;
import org.preau.school.PeriodView;
import org.preau.school.PupilSummary;
import org.preau.school.SubjectView;

/**
 * The socle grid of a division in one subject and period: one row per pupil, one column per component, the
 * levels assessed on their own (outside any evaluation).
 *
 * @param editable whether the reader may change the levels (a teacher of that subject in the division)
 * @param subjects the subjects the reader may open for this division
 */
public record CompetenceGrid(DivisionView division, SubjectView subject, PeriodView period, boolean editable,
                             List<SubjectView> subjects, List<Row> rows) {

    public record Row(PupilSummary pupil, Map<SocleComponent, CompetenceLevel> levels) {
        public @Nullable CompetenceLevel level(SocleComponent component) {
            return levels.get(component);
        }

        /** "" or 1–4, as typed in the grid. */
        public String points(SocleComponent component) {
            CompetenceLevel level = levels.get(component);
            return level == null ? "" : String.valueOf(level.points());
        }
    }
}

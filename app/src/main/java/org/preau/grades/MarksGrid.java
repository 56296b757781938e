package org.preau.grades;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.preau.school.PupilSummary;

/** The marks entry grid of one evaluation: one row per pupil of the class, and the class statistics. */
public record MarksGrid(EvaluationView evaluation, List<Row> rows, Averages.@Nullable Statistics statistics) {

    public record Row(PupilSummary pupil, @Nullable MarkValue mark, @Nullable CompetenceLevel level) {
        public String display() {
            return mark == null ? "" : mark.display();
        }
    }
}

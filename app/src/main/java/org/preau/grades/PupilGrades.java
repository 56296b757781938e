package org.preau.grades;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.preau.school.PeriodId;
import org.preau.school.PupilId;
import org.preau.school.SubjectId;

/** A pupil's marks and averages over one period, subject by subject, as computed by {@link Averages}. */
public record PupilGrades(PupilId pupil, PeriodId period, List<SubjectGrades> subjects,
                          @Nullable BigDecimal overallAverage) {

    public Optional<SubjectGrades> subject(SubjectId subject) {
        return subjects.stream().filter(s -> s.subjectId().equals(subject)).findFirst();
    }
}

package org.preau.grades.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DemoGradesPublicationTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void anOlderEvaluationIsPublishedTwoDaysLaterAt18() {
        assertThat(DemoGrades.publishedAt(LocalDate.parse("2026-11-10"), LocalDate.parse("2026-12-01")))
                .isEqualTo(LocalDateTime.parse("2026-11-12T18:00").atZone(PARIS).toInstant());
    }

    @Test
    void onTheFirstDayOfATrimestreTheDemoMarksAreAlreadyPublished() {
        // the 2e trimestre begins on 1 December: its demo evaluations are all held that day
        assertThat(DemoGrades.publishedAt(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-01")))
                .isEqualTo(LocalDateTime.parse("2026-12-01T00:00").atZone(PARIS).toInstant());
    }
}

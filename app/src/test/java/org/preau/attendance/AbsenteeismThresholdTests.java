package org.preau.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.preau.attendance.internal.AbsenteeismWatch;
import org.preau.school.PupilId;
import org.preau.support.PreauTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PreauTest
@RecordApplicationEvents
class AbsenteeismThresholdTests {

    @Autowired
    AttendanceFixtures fixtures;
    @Autowired
    AbsenteeismWatch watch;
    @Autowired
    ApplicationEvents events;

    // Mondays to Thursdays of March 2026, far from the demo's recent absences.
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    @Test
    void theFourthUnjustifiedHalfDayOfAMonthRaisesOneAlert() {
        PupilId pupil = fixtures.pupilNotTaughtByProfesseur();

        fixtures.morningAbsence(pupil, MONDAY);
        fixtures.morningAbsence(pupil, MONDAY.plusDays(1));
        fixtures.morningAbsence(pupil, MONDAY.plusDays(2));
        assertThat(events.stream(AbsenteeismThresholdReached.class)).isEmpty();

        fixtures.morningAbsence(pupil, MONDAY.plusDays(3));
        fixtures.morningAbsence(pupil, MONDAY.plusDays(4));

        assertThat(events.stream(AbsenteeismThresholdReached.class)).singleElement().satisfies(event -> {
            assertThat(event.pupil()).isEqualTo(pupil);
            assertThat(event.month()).isEqualTo(YearMonth.of(2026, 3));
            assertThat(event.unjustifiedHalfDays()).isEqualTo(AbsenteeismWatch.THRESHOLD);
        });
        assertThat(fixtures.inDemoSchool(watch::alerts))
                .anySatisfy(alert -> {
                    assertThat(alert.pupil()).isEqualTo(pupil);
                    assertThat(alert.month()).isEqualTo(YearMonth.of(2026, 3));
                });
    }

    @Test
    void twoLessonsMissedInOneMorningCountOnceTowardsTheThreshold() {
        PupilId pupil = fixtures.eleve();
        LocalDate day = LocalDate.of(2026, 4, 7);

        fixtures.morningAbsence(pupil, day);
        fixtures.morningAbsence(pupil, day);
        fixtures.morningAbsence(pupil, day);
        fixtures.morningAbsence(pupil, day);

        assertThat(events.stream(AbsenteeismThresholdReached.class)).isEmpty();
        assertThat(fixtures.inDemoSchool(() -> watch.unjustifiedIn(pupil, YearMonth.of(2026, 4))).unjustified())
                .isEqualTo(1);
    }

    @Test
    void theDemoSchoolHasAPupilOverTheThreshold() {
        assertThat(fixtures.inDemoSchool(watch::alerts)).isNotEmpty();
    }
}

package org.preau.grades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class PublicationRuleTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    @Test
    void marksArePublishedTheChosenNumberOfDaysAfterTheEvaluationAtTheChosenTime() {
        PublicationRule rule = new PublicationRule(3, LocalTime.of(19, 30));
        // held Monday 2 March, created the same day at 10:00: Thursday 5 March 19:30, Paris time
        assertThat(rule.publicationTime(LocalDate.parse("2026-03-02"), paris("2026-03-02T10:00"), PARIS))
                .isEqualTo(paris("2026-03-05T19:30"));
    }

    @Test
    void theDefaultIsTheEveningAfterTheEvaluation() {
        assertThat(PublicationRule.DEFAULT.publicationTime(LocalDate.parse("2026-03-02"), paris("2026-03-02T10:00"),
                PARIS)).isEqualTo(paris("2026-03-03T18:00"));
    }

    @Test
    void anEvaluationEnteredLateIsPublishedAtTheNextPublicationTimeNotWhenItsMarksAreTyped() {
        PublicationRule rule = new PublicationRule(1, LocalTime.of(18, 0));
        // held 2 March, entered 10 March at 09:00: 10 March 18:00
        assertThat(rule.publicationTime(LocalDate.parse("2026-03-02"), paris("2026-03-10T09:00"), PARIS))
                .isEqualTo(paris("2026-03-10T18:00"));
        // entered 10 March at 20:00: 11 March 18:00
        assertThat(rule.publicationTime(LocalDate.parse("2026-03-02"), paris("2026-03-10T20:00"), PARIS))
                .isEqualTo(paris("2026-03-11T18:00"));
    }

    @Test
    void theTimeOfDayIsSchoolTimeAcrossTheChangeToSummerTime() {
        // 29 March 2026 is the switch to CEST (UTC+2): 18:00 Paris is 16:00 UTC
        PublicationRule rule = new PublicationRule(2, LocalTime.of(18, 0));
        assertThat(rule.publicationTime(LocalDate.parse("2026-03-27"), paris("2026-03-27T08:00"), PARIS))
                .isEqualTo(Instant.parse("2026-03-29T16:00:00Z"));
    }

    @Test
    void aDelayOutsideZeroToThirtyDaysIsRefused() {
        assertThatThrownBy(() -> new PublicationRule(-1, LocalTime.NOON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicationRule(31, LocalTime.NOON)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PublicationRule(0, LocalTime.of(18, 0, 42)).at()).isEqualTo(LocalTime.of(18, 0));
    }
}

package org.preau.grades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.preau.grades.Averages.Entry;

/** Every expected figure below was computed by hand; the comment shows the sum. */
class AveragesTests {

    private static Entry mark(String score, int scale, double coefficient) {
        return Entry.of(MarkValue.of(score), scale, coefficient);
    }

    private static Entry special(SpecialMark special, int scale, double coefficient) {
        return Entry.of(MarkValue.of(special), scale, coefficient);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void coefficientsWeighTheSubjectAverage() {
        // (12×1 + 15×2) / (1 + 2) = 42 / 3 = 14
        assertThat(Averages.subjectAverage(List.of(mark("12", 20, 1), mark("15", 20, 2)))).contains(d("14.00"));
    }

    @Test
    void marksOnOtherScalesAreBroughtToTwenty() {
        // 15/40 = 7.5/20 and 8/10 = 16/20: (7.5 + 16) / 2 = 11.75
        assertThat(Averages.subjectAverage(List.of(mark("15", 40, 1), mark("8", 10, 1)))).contains(d("11.75"));
    }

    @Test
    void specialValuesNeitherLowerNorRaiseTheAverage() {
        // abs (coefficient 3), disp and nn are left out entirely: (10 + 14) / 2 = 12, not (10 + 0 + 14) / 5
        List<Entry> marks = List.of(mark("10", 20, 1), special(SpecialMark.ABS, 20, 3),
                special(SpecialMark.DISP, 20, 1), special(SpecialMark.NN, 20, 1), mark("14", 20, 1));
        assertThat(Averages.subjectAverage(marks)).contains(d("12.00"));
    }

    @Test
    void onlySpecialValuesGiveNoAverageRatherThanZero() {
        assertThat(Averages.subjectAverage(List.of(special(SpecialMark.ABS, 20, 1)))).isEmpty();
        assertThat(Averages.subjectAverage(List.of())).isEmpty();
    }

    @Test
    void fractionalCoefficientsAreHonoured() {
        // (16×0.5 + 10×1) / 1.5 = 18 / 1.5 = 12
        assertThat(Averages.subjectAverage(List.of(mark("16", 20, 0.5), mark("10", 20, 1)))).contains(d("12.00"));
    }

    @Test
    void averagesAreRoundedToTwoDecimalsHalfUp() {
        // (10 + 11 + 11) / 3 = 10.666… → 10.67
        assertThat(Averages.subjectAverage(List.of(mark("10", 20, 1), mark("11", 20, 1), mark("11", 20, 1))))
                .contains(d("10.67"));
        // (12.34 + 12.35) / 2 = 12.345 → 12.35 (half up)
        assertThat(Averages.subjectAverage(List.of(mark("12.34", 20, 1), mark("12.35", 20, 1))))
                .contains(d("12.35"));
        // (12.33 + 12.34) / 2 = 12.335 → 12.34, 7/30 of 20 = 4.666… → 4.67
        assertThat(Averages.subjectAverage(List.of(mark("12.33", 20, 1), mark("12.34", 20, 1))))
                .contains(d("12.34"));
        assertThat(Averages.subjectAverage(List.of(mark("7", 30, 1)))).contains(d("4.67"));
    }

    private static Averages.SubjectAverage subject(String average, String coefficient) {
        return Averages.SubjectAverage.of(average, coefficient);
    }

    @Test
    void withEveryCoefficientAtOneTheOverallAverageIsTheMeanOfTheRoundedSubjectAverages() {
        // (10.67 + 14.00 + 11.75) / 3 = 36.42 / 3 = 12.14
        assertThat(Averages.unweightedOverallAverage(List.of(d("10.67"), d("14.00"), d("11.75"))))
                .contains(d("12.14"));
        assertThat(Averages.overallAverage(List.of(subject("10.67", "1"), subject("14.00", "1"),
                subject("11.75", "1")))).contains(d("12.14"));
        assertThat(Averages.unweightedOverallAverage(List.of())).isEmpty();
        assertThat(Averages.overallAverage(List.of())).isEmpty();
    }

    @Test
    void subjectCoefficientsWeighTheOverallAverage() {
        // français 12.50 ×2, mathématiques 9.00 ×1, EPS 15.00 ×0.5: (25 + 9 + 7.5) / 3.5 = 41.5 / 3.5 = 11.857… → 11.86
        assertThat(Averages.overallAverage(List.of(subject("12.50", "2"), subject("9.00", "1"),
                subject("15.00", "0.5")))).contains(d("11.86"));
        // the plain mean would be 36.5 / 3 = 12.17: the coefficients do change the figure
        assertThat(Averages.unweightedOverallAverage(List.of(d("12.50"), d("9.00"), d("15.00")))).contains(d("12.17"));
    }

    @Test
    void aSubjectOfCoefficientZeroKeepsItsAverageButIsLeftOutOfTheOverallOne() {
        // 10 ×1 and 18 ×0: 10 / 1 = 10.00, not 14
        assertThat(Averages.overallAverage(List.of(subject("10", "1"), subject("18", "0")))).contains(d("10.00"));
        assertThat(Averages.overallAverage(List.of(subject("18", "0")))).isEmpty();
    }

    @Test
    void theOverallAverageIsComputedFromTheSubjectAveragesAsPrinted() {
        // subject A (10.01 + 10.00)/2 = 10.005, printed 10.01; with B = 12 ×1 and A ×3:
        // (10.01×3 + 12) / 4 = 42.03 / 4 = 10.5075 → 10.51 (from the unrounded 10.005: 10.50375 → 10.50)
        BigDecimal subjectA = Averages.subjectAverage(List.of(mark("10.01", 20, 1), mark("10.00", 20, 1)))
                .orElseThrow();
        assertThat(subjectA).isEqualTo(d("10.01"));
        assertThat(Averages.overallAverage(List.of(new Averages.SubjectAverage(d("10.005"), d("3")),
                subject("12", "1")))).contains(d("10.51"));
        // unweighted: (10.01 + 12) / 2 = 11.005 → 11.01
        assertThat(Averages.unweightedOverallAverage(List.of(subjectA, d("12")))).contains(d("11.01"));
    }

    @Test
    void aNegativeSubjectCoefficientIsRefused() {
        assertThatThrownBy(() -> subject("12", "-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void classStatisticsLeaveSpecialValuesOut() {
        // 8, 12.5, 17 (abs left out): min 8, max 17, mean 37.5 / 3 = 12.50
        var stats = Averages.statisticsOfMarks(List.of(MarkValue.of("8"), MarkValue.of("12.5"),
                MarkValue.of(SpecialMark.ABS), MarkValue.of("17"))).orElseThrow();
        assertThat(stats.min()).isEqualByComparingTo("8");
        assertThat(stats.max()).isEqualByComparingTo("17");
        assertThat(stats.mean()).isEqualTo(d("12.50"));
        assertThat(stats.count()).isEqualTo(3);
        assertThat(Averages.statisticsOfMarks(List.of(MarkValue.of(SpecialMark.NN)))).isEmpty();
    }

    @Test
    void aScoreIsNormalisedForDisplay() {
        assertThat(Averages.normalised(mark("15", 40, 1))).contains(d("7.50"));
        assertThat(Averages.normalised(special(SpecialMark.DISP, 20, 1))).isEmpty();
    }

    @Test
    void teachersTypeMarksWithACommaOrASpecialCode() {
        BigDecimal twenty = d("20");
        assertThat(MarkValue.parse("12,5", twenty)).contains(MarkValue.of("12.5"));
        assertThat(MarkValue.parse(" ABS ", twenty)).contains(MarkValue.of(SpecialMark.ABS));
        assertThat(MarkValue.parse("disp", twenty)).contains(MarkValue.of(SpecialMark.DISP));
        assertThat(MarkValue.parse("nn", twenty)).contains(MarkValue.of(SpecialMark.NN));
        assertThat(MarkValue.parse("", twenty)).isEmpty();
        assertThatThrownBy(() -> MarkValue.parse("21", twenty)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MarkValue.parse("douze", twenty)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MarkValue.parse("12.345", twenty)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MarkValue.parse("35", d("40"))).contains(MarkValue.of("35"));
    }
}

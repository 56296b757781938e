package org.preau.grades;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one way Préau computes averages — pages, API, report cards and the LSU export all call this class.
 *
 * <ul>
 *   <li>A mark counts only when it is a score: {@link SpecialMark absent, dispensé, non noté} are left out of
 *       both the sum and the total of coefficients (they neither lower nor raise an average).</li>
 *   <li>Every score is first normalised to /20: {@code score × 20 / scale} (15/40 counts as 7.5/20).</li>
 *   <li>A subject's average over a period is the coefficient-weighted mean of its normalised scores:
 *       {@code Σ(normalised × coefficient) / Σ coefficient}, computed exactly, then rounded once.</li>
 *   <li>The overall average (moyenne générale) is the mean of the subject averages <em>as rounded and
 *       printed</em>, weighted by each subject's coefficient (set by direction for the school, 1 unless changed):
 *       {@code Σ(subject average × subject coefficient) / Σ subject coefficient}, over the subjects that have an
 *       average, then rounded. A subject with coefficient 0 keeps its own average but is left out of the overall
 *       one. Pages, the API and report cards print each subject's coefficient next to its average, so a parent
 *       can recompute the overall figure from the figures above it. Example: français 12.50 (coef. 2),
 *       mathématiques 9.00 (coef. 1), EPS 15.00 (coef. 0.5): (25 + 9 + 7.5) / 3.5 = 11.857… → 11.86.</li>
 *   <li>Nothing counted (no subject average, or only subjects of coefficient 0) gives no overall average.</li>
 *   <li>Rounding: 2 decimals, half up (12.345 → 12.35, 12.344 → 12.34), only on results, never on
 *       intermediate sums.</li>
 *   <li>Nothing to average (no scored mark) gives an empty result, never 0.</li>
 * </ul>
 */
public final class Averages {

    /** Decimals kept on every average shown or exported. */
    public static final int DECIMALS = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal OUT_OF = BigDecimal.valueOf(20);

    private static final MathContext EXACT = MathContext.DECIMAL128;

    private Averages() {
    }

    /** One mark as it enters an average: the result, the evaluation's scale and its coefficient. */
    public record Entry(MarkValue mark, BigDecimal scale, BigDecimal coefficient) {
        public Entry {
            Objects.requireNonNull(mark, "mark");
            if (scale.signum() <= 0 || coefficient.signum() <= 0) {
                throw new IllegalArgumentException("scale and coefficient must be positive");
            }
        }

        public static Entry of(MarkValue mark, int scale, double coefficient) {
            return new Entry(mark, BigDecimal.valueOf(scale), BigDecimal.valueOf(coefficient));
        }
    }

    /** min, max and mean of some values (the mean rounded like every average), and how many there were. */
    public record Statistics(BigDecimal min, BigDecimal max, BigDecimal mean, int count) {
    }

    /** The score brought to /20, rounded to 2 decimals (for display); empty for a special value. */
    public static Optional<BigDecimal> normalised(Entry entry) {
        return Optional.ofNullable(entry.mark().score()).map(score -> round(to20(score, entry.scale())));
    }

    /** The coefficient-weighted average /20 of the scored marks of one subject; empty when none is scored. */
    public static Optional<BigDecimal> subjectAverage(Collection<Entry> entries) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal coefficients = BigDecimal.ZERO;
        for (Entry entry : entries) {
            BigDecimal score = entry.mark().score();
            if (score == null) {
                continue;
            }
            weighted = weighted.add(to20(score, entry.scale()).multiply(entry.coefficient(), EXACT), EXACT);
            coefficients = coefficients.add(entry.coefficient());
        }
        if (coefficients.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(round(weighted.divide(coefficients, EXACT)));
    }

    /** A subject's average /20 as printed and the subject's coefficient in the overall average (0 or more). */
    public record SubjectAverage(BigDecimal average, BigDecimal coefficient) {
        public SubjectAverage {
            Objects.requireNonNull(average, "average");
            if (coefficient.signum() < 0) {
                throw new IllegalArgumentException("A subject coefficient cannot be negative");
            }
        }

        public static SubjectAverage of(String average, String coefficient) {
            return new SubjectAverage(new BigDecimal(average), new BigDecimal(coefficient));
        }
    }

    /**
     * The overall average: the coefficient-weighted mean of the (rounded) subject averages, rounded; empty when
     * nothing counts (no subject, or every coefficient 0).
     */
    public static Optional<BigDecimal> overallAverage(List<SubjectAverage> subjects) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal coefficients = BigDecimal.ZERO;
        for (SubjectAverage subject : subjects) {
            weighted = weighted.add(round(subject.average()).multiply(subject.coefficient(), EXACT), EXACT);
            coefficients = coefficients.add(subject.coefficient());
        }
        if (coefficients.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(round(weighted.divide(coefficients, EXACT)));
    }

    /** {@link #overallAverage(List)} with every subject at coefficient 1 (the plain mean). */
    public static Optional<BigDecimal> unweightedOverallAverage(Collection<BigDecimal> subjectAverages) {
        return overallAverage(subjectAverages.stream().map(a -> new SubjectAverage(a, BigDecimal.ONE)).toList());
    }

    /** min, max, mean of values already on one scale (a class's averages in a subject). */
    public static Optional<Statistics> statistics(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal min = values.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = round(sum.divide(BigDecimal.valueOf(values.size()), EXACT));
        return Optional.of(new Statistics(min.stripTrailingZeros(), max.stripTrailingZeros(), mean, values.size()));
    }

    /** Class statistics of one evaluation on its own scale, special values left out. */
    public static Optional<Statistics> statisticsOfMarks(Collection<MarkValue> marks) {
        List<BigDecimal> scores = marks.stream().map(MarkValue::score).filter(Objects::nonNull).toList();
        return statistics(scores);
    }

    /** Rounds a result the documented way: 2 decimals, half up. */
    public static BigDecimal round(BigDecimal value) {
        return value.setScale(DECIMALS, ROUNDING);
    }

    private static BigDecimal to20(BigDecimal score, BigDecimal scale) {
        return score.multiply(OUT_OF).divide(scale, EXACT);
    }
}

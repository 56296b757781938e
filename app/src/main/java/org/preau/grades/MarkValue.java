package org.preau.grades;

import java.math.BigDecimal;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A pupil's result in one evaluation: either a score on the evaluation's scale or a {@link SpecialMark}.
 */
public record MarkValue(@Nullable BigDecimal score, @Nullable SpecialMark special) {

    public MarkValue {
        if ((score == null) == (special == null)) {
            throw new IllegalArgumentException("A mark is either a score or a special value");
        }
        if (score != null && score.signum() < 0) {
            throw new IllegalArgumentException("A score cannot be negative");
        }
    }

    public static MarkValue of(BigDecimal score) {
        return new MarkValue(score, null);
    }

    public static MarkValue of(String score) {
        return of(new BigDecimal(score));
    }

    public static MarkValue of(SpecialMark special) {
        return new MarkValue(null, special);
    }

    /**
     * Reads what a teacher typed: a number with a dot or a French decimal comma ({@code 12,5}), or one of
     * {@code abs}, {@code disp}, {@code nn}. Empty input means "no mark" (empty result).
     *
     * @throws IllegalArgumentException when the text is neither, or the score is outside {@code 0..scale}
     */
    public static Optional<MarkValue> parse(String text, BigDecimal scale) {
        String input = text.strip();
        if (input.isEmpty()) {
            return Optional.empty();
        }
        Optional<SpecialMark> special = SpecialMark.fromCode(input);
        if (special.isPresent()) {
            return Optional.of(of(special.get()));
        }
        BigDecimal score;
        try {
            score = new BigDecimal(input.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a mark: " + input);
        }
        if (score.signum() < 0 || score.compareTo(scale) > 0) {
            throw new IllegalArgumentException("A mark is between 0 and " + scale.stripTrailingZeros().toPlainString());
        }
        if (score.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("A mark has at most two decimals");
        }
        return Optional.of(of(score));
    }

    public boolean counts() {
        return score != null;
    }

    /** As shown in the marks grid and on pages: {@code 12.5}, {@code abs}. */
    public String display() {
        return score != null ? score.stripTrailingZeros().toPlainString() : special.code();
    }
}

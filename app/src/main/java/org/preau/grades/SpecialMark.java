package org.preau.grades;

import java.util.Locale;
import java.util.Optional;

/** A result that is not a number and never counts in an average. */
public enum SpecialMark {
    /** absent */
    ABS("abs"),
    /** dispensé */
    DISP("disp"),
    /** non noté */
    NN("nn");

    private final String code;

    SpecialMark(String code) {
        this.code = code;
    }

    /** What teachers type in the marks grid: {@code abs}, {@code disp}, {@code nn}. */
    public String code() {
        return code;
    }

    public static Optional<SpecialMark> fromCode(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (SpecialMark special : values()) {
            if (special.code.equals(wanted) || special.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(special);
            }
        }
        return Optional.empty();
    }
}

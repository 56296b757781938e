package org.preau.demo.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** DOMAIN.md's weekly hours per pupil, written out independently of the generator. */
public final class WeeklyHoursTable {

    private static final String[] SUBJECTS = {"FRANCAIS", "MATHS", "ANGLAIS", "LV2", "HG", "SCIENCES", "SVT", "PC",
            "TECHNO", "EPS", "ARTS", "MUSIQUE"};
    // One column per level: 6e, 5e, 4e, 3e; null where the subject is not taught at that level.
    private static final String[][] HOURS = {
            {"4.5", "4.5", "4.5", "4"},
            {"4.5", "3.5", "3.5", "3.5"},
            {"4", "3", "3", "3"},
            {null, "2.5", "2.5", "2.5"},
            {"3", "3", "3", "3.5"},
            {"4", null, null, null},
            {null, "1.5", "1.5", "1.5"},
            {null, "1.5", "1.5", "1.5"},
            {null, "1.5", "1.5", "1.5"},
            {"4", "3", "3", "3"},
            {"1", "1", "1", "1"},
            {"1", "1", "1", "1"}};

    private WeeklyHoursTable() {
    }

    /** Both LV2 languages count as the "LV2" column. */
    public static String subjectColumn(String subjectCode) {
        return subjectCode.equals("ESPAGNOL") || subjectCode.equals("ALLEMAND") ? "LV2" : subjectCode;
    }

    /** Subject column → hours, for "6E", "5E", "4E" or "3E"; values without trailing zeros. */
    public static Map<String, BigDecimal> forLevel(String levelCode) {
        int column = switch (levelCode) {
            case "6E" -> 0;
            case "5E" -> 1;
            case "4E" -> 2;
            case "3E" -> 3;
            default -> throw new IllegalArgumentException(levelCode);
        };
        Map<String, BigDecimal> hours = new TreeMap<>();
        for (int i = 0; i < SUBJECTS.length; i++) {
            if (HOURS[i][column] != null) {
                hours.put(SUBJECTS[i], new BigDecimal(HOURS[i][column]).stripTrailingZeros());
            }
        }
        return hours;
    }

    /** {@code hours} with values stripped of trailing zeros, sorted, to compare with {@link #forLevel}. */
    public static Map<String, BigDecimal> normalized(Map<String, BigDecimal> hours) {
        Map<String, BigDecimal> out = new TreeMap<>();
        hours.forEach((k, v) -> out.put(k, v.stripTrailingZeros()));
        return out;
    }
}

package org.preau.school.internal.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** One data line of an imported file, and the problems found on it. */
final class CsvLine {

    private final String file;
    private final long number;
    private final Map<String, String> values;
    private final List<ImportProblem> problems = new ArrayList<>();

    CsvLine(String file, long number, Map<String, String> values) {
        this.file = file;
        this.number = number;
        this.values = values;
    }

    long number() {
        return number;
    }

    /** The stripped value, or "" when the column is absent or empty. */
    String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }

    /** The value; a problem when it is missing or longer than {@code maxLength}. */
    @Nullable String required(String column, int maxLength) {
        String value = get(column);
        if (value.isEmpty()) {
            problem(column, "required");
            return null;
        }
        return fitting(column, value, maxLength);
    }

    @Nullable String optional(String column, int maxLength) {
        String value = get(column);
        return value.isEmpty() ? null : fitting(column, value, maxLength);
    }

    private @Nullable String fitting(String column, String value, int maxLength) {
        if (value.length() > maxLength) {
            problem(column, "tooLong", maxLength);
            return null;
        }
        return value;
    }

    void problem(String column, String code, Object... args) {
        problems.add(new ImportProblem(file, number, column, code, List.of(args)));
    }

    List<ImportProblem> problems() {
        return problems;
    }

    boolean valid() {
        return problems.isEmpty();
    }
}

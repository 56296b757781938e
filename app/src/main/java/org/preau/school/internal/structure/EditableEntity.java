package org.preau.school.internal.structure;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A structure table the direction edits through generic list and form pages.
 *
 * @param key         the URL segment ({@code /school/subjects}) and message prefix
 * @param keyColumns  columns that identify a row besides {@code school_id}; empty for the établissement itself
 * @param listColumns columns shown in the list, in order
 * @param checks      rules across fields (an end after a start, a division or a group…)
 */
public record EditableEntity(String key, String table, List<String> keyColumns, List<Field> fields,
                             List<String> listColumns, String orderBy, boolean creatable, List<CrossCheck> checks) {

    /** A rule across fields: the field in error and the message code, if broken. */
    @FunctionalInterface
    public interface CrossCheck {
        Optional<Map.Entry<String, String>> check(Map<String, Object> values);
    }

    public Field field(String column) {
        return fields.stream().filter(f -> f.column().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(column));
    }

    /** Whether rows are identified by a generated {@code id} column. */
    boolean hasGeneratedId() {
        return keyColumns.equals(List.of("id"));
    }
}

package org.preau.school.internal.structure;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One editable column of a structure table.
 *
 * @param column     the column, also the form field's name
 * @param choices    allowed values of CHOICE and CHOICE_SET fields
 * @param optionsSql for REF and REF_SET: {@code select id, label …} of the current school ({@code ?} = school)
 * @param uniqueWith when not null, the value is unique in the school together with these columns
 * @param setTable   for sets: {@code table(owner_column, value_column)} holding the values
 */
public record Field(String column, FieldKind kind, boolean required, int maxLength, List<String> choices,
                    @Nullable String optionsSql, @Nullable List<String> uniqueWith, @Nullable String setTable,
                    @Nullable Integer min, @Nullable Integer max) {

    static Field of(String column, FieldKind kind) {
        return new Field(column, kind, false, 0, List.of(), null, null, null, null, null);
    }

    static Field text(String column, int maxLength) {
        return of(column, FieldKind.TEXT).withMaxLength(maxLength);
    }

    static Field choice(String column, String... choices) {
        return new Field(column, FieldKind.CHOICE, false, 0, List.of(choices), null, null, null, null, null);
    }

    static Field ref(String column, String optionsSql) {
        return new Field(column, FieldKind.REF, false, 0, List.of(), optionsSql, null, null, null, null);
    }

    Field mandatory() {
        return new Field(column, kind, true, maxLength, choices, optionsSql, uniqueWith, setTable, min, max);
    }

    Field withMaxLength(int length) {
        return new Field(column, kind, required, length, choices, optionsSql, uniqueWith, setTable, min, max);
    }

    Field unique(String... with) {
        return new Field(column, kind, required, maxLength, choices, optionsSql, List.of(with), setTable, min, max);
    }

    Field between(int from, int to) {
        return new Field(column, kind, required, maxLength, choices, optionsSql, uniqueWith, setTable, from, to);
    }

    Field storedIn(String table) {
        return new Field(column, kind, required, maxLength, choices, optionsSql, uniqueWith, table, min, max);
    }

    /** The join table's name, owner column and value column, e.g. {@code group_members(group_id, pupil_id)}. */
    List<String> setColumns() {
        if (setTable == null) {
            throw new IllegalStateException(column + " is not a set");
        }
        String[] parts = setTable.replace(")", "").split("[(,]");
        return List.of(parts[0].strip(), parts[1].strip(), parts[2].strip());
    }

    public boolean hasOptions() {
        return optionsSql != null || !choices.isEmpty();
    }
}

package org.preau.school.internal.structure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Ids;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists, reads and writes the structure tables of {@link StructureCatalog} for the direction: every value is
 * checked on the server (required, length, format, choices among the school's own rows, uniqueness, rules across
 * fields) and errors are reported per field. Only members with the DIRECTION role get in.
 */
@Service
@Transactional
public class StructureEditor {

    public record Option(String id, String label) {
    }

    public record Row(String id, Map<String, String> cells) {
    }

    /** A message code ({@code school.error.<code>}) and its arguments after the field's label. */
    public record FieldError(String code, List<Object> args) {
        static FieldError of(String code, Object... args) {
            return new FieldError(code, List.of(args));
        }
    }

    /** The saved row's id, or the errors by field (then nothing was written). */
    public record SaveResult(@Nullable String id, Map<String, FieldError> errors) {
        public boolean saved() {
            return errors.isEmpty();
        }
    }

    private final JdbcClient jdbc;
    private final RowKeys keys = new RowKeys();

    StructureEditor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void requireDirection(Member member) {
        if (!member.has(Role.DIRECTION)) {
            throw new AccessDeniedException("Only the direction manages the school's structure");
        }
    }

    /** The choices of every field that has some: the school's rows for references, fixed values otherwise. */
    @Transactional(readOnly = true)
    public Map<String, List<Option>> options(Member member, EditableEntity entity) {
        requireDirection(member);
        Map<String, List<Option>> options = new LinkedHashMap<>();
        for (Field field : entity.fields()) {
            if (field.optionsSql() != null) {
                options.put(field.column(), jdbc.sql(field.optionsSql()).param(member.school().value())
                        .query((rs, i) -> new Option(rs.getString(1), rs.getString(2))).list());
            } else if (!field.choices().isEmpty()) {
                options.put(field.column(), field.choices().stream().map(c -> new Option(c, c)).toList());
            }
        }
        return options;
    }

    @Transactional(readOnly = true)
    public List<Row> list(Member member, EditableEntity entity) {
        requireDirection(member);
        Map<String, List<Option>> options = options(member, entity);
        List<String> columns = entity.listColumns().stream().filter(c -> !entity.field(c).kind().isSet()).toList();
        Map<String, Map<String, List<String>>> sets = new LinkedHashMap<>();
        entity.listColumns().stream().map(entity::field).filter(f -> f.kind().isSet())
                .forEach(f -> sets.put(f.column(), setValues(member, f)));
        List<String> selected = new ArrayList<>(keys.columns(entity));
        selected.addAll(columns);
        return jdbc.sql("select " + String.join(", ", selected) + " from " + entity.table()
                        + " where school_id = ? order by " + entity.orderBy())
                .param(member.school().value())
                .query((rs, i) -> {
                    String id = keys.idOf(entity, rs);
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (String column : entity.listColumns()) {
                        Field field = entity.field(column);
                        if (field.kind().isSet()) {
                            List<String> values = sets.get(column).getOrDefault(id, List.of());
                            cells.put(column, field.kind() == FieldKind.REF_SET ? String.valueOf(values.size())
                                    : String.join(", ", values));
                        } else {
                            cells.put(column, display(field, rs.getObject(column), options.get(column)));
                        }
                    }
                    return new Row(id, cells);
                })
                .list();
    }

    /** The row's values as form strings (sets as sets of strings). */
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> load(Member member, EditableEntity entity, String id) {
        requireDirection(member);
        List<String> columns = entity.fields().stream().filter(f -> !f.kind().isSet()).map(Field::column).toList();
        RowKeys.Where where = keys.where(entity, member, id);
        Optional<Map<String, Object>> row = jdbc.sql("select " + String.join(", ", columns) + " from "
                        + entity.table() + " where " + where.sql())
                .params(where.params())
                .query((rs, i) -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (String column : columns) {
                        values.put(column, formValue(rs.getObject(column)));
                    }
                    return values;
                })
                .optional();
        row.ifPresent(values -> entity.fields().stream().filter(f -> f.kind().isSet())
                .forEach(f -> values.put(f.column(),
                        new LinkedHashSet<>(setValues(member, f).getOrDefault(id, List.of())))));
        return row;
    }

    /** Checks the form and, when it is all valid, inserts ({@code id} null) or updates the row. */
    public SaveResult save(Member member, EditableEntity entity, @Nullable String id, Map<String, List<String>> form) {
        requireDirection(member);
        if (id == null && !entity.creatable()) {
            throw new AccessDeniedException(entity.key() + " cannot be created");
        }
        FormCheck check = new FormCheck(entity, options(member, entity));
        Map<String, Object> values = check.values(form);
        Map<String, FieldError> errors = check.errors();
        for (Field field : entity.fields()) {
            if (field.uniqueWith() != null && values.get(field.column()) != null && !errors.containsKey(field.column())
                    && taken(member, entity, field, values, id)) {
                errors.put(field.column(), FieldError.of("unique"));
            }
        }
        if (!errors.isEmpty()) {
            return new SaveResult(id, errors);
        }
        String savedId = id == null ? insert(member, entity, values) : update(member, entity, id, values);
        writeSets(member, entity, savedId, values);
        return new SaveResult(savedId, Map.of());
    }

    private boolean taken(Member member, EditableEntity entity, Field field, Map<String, Object> values,
                          @Nullable String id) {
        StringBuilder sql = new StringBuilder("select count(*) from " + entity.table()
                + " where school_id = ? and " + field.column() + " = ?");
        List<Object> params = new ArrayList<>(List.of(member.school().value(), values.get(field.column())));
        for (String column : field.uniqueWith()) {
            sql.append(" and ").append(column).append(" = ?");
            params.add(values.get(column));
        }
        if (id != null) {
            RowKeys.Where where = keys.where(entity, member, id);
            sql.append(" and not (").append(where.sql()).append(")");
            params.addAll(where.params());
        }
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single() > 0;
    }

    private String insert(Member member, EditableEntity entity, Map<String, Object> values) {
        List<String> columns = new ArrayList<>(List.of("school_id"));
        List<Object> params = new ArrayList<>(List.of(member.school().value()));
        UUID newId = Ids.newId();
        if (entity.hasGeneratedId()) {
            columns.add("id");
            params.add(newId);
        }
        singleValued(entity, values).forEach((column, value) -> {
            columns.add(column);
            params.add(value);
        });
        jdbc.sql("insert into " + entity.table() + " (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")")
                .params(params).update();
        return entity.hasGeneratedId() ? newId.toString() : keys.idOf(entity, values);
    }

    private String update(Member member, EditableEntity entity, String id, Map<String, Object> values) {
        Map<String, Object> columns = singleValued(entity, values);
        RowKeys.Where where = keys.where(entity, member, id);
        List<Object> params = new ArrayList<>(columns.values());
        params.addAll(where.params());
        int updated = jdbc.sql("update " + entity.table() + " set " + columns.keySet().stream()
                        .map(c -> c + " = ?").collect(Collectors.joining(", ")) + " where " + where.sql())
                .params(params).update();
        if (updated != 1) {
            throw new org.springframework.dao.EmptyResultDataAccessException(1);
        }
        return entity.keyColumns().isEmpty() || entity.hasGeneratedId() ? id : keys.idOf(entity, values);
    }

    private static Map<String, Object> singleValued(EditableEntity entity, Map<String, Object> values) {
        Map<String, Object> single = new LinkedHashMap<>();
        entity.fields().stream().filter(f -> !f.kind().isSet()).forEach(f -> single.put(f.column(),
                values.get(f.column())));
        return single;
    }

    private void writeSets(Member member, EditableEntity entity, String id, Map<String, Object> values) {
        for (Field field : entity.fields()) {
            if (!field.kind().isSet()) {
                continue;
            }
            List<String> set = field.setColumns();
            UUID owner = UUID.fromString(id);
            jdbc.sql("delete from " + set.get(0) + " where school_id = ? and " + set.get(1) + " = ?")
                    .param(member.school().value()).param(owner).update();
            for (Object value : (Set<?>) values.get(field.column())) {
                jdbc.sql("insert into " + set.get(0) + " (school_id, " + set.get(1) + ", " + set.get(2)
                                + ") values (?, ?, ?)")
                        .param(member.school().value()).param(owner).param(value).update();
            }
        }
    }

    /** Owner id → values of a set field (labels for fixed choices, ids for references). */
    private Map<String, List<String>> setValues(Member member, Field field) {
        List<String> set = field.setColumns();
        Map<String, List<String>> values = new TreeMap<>();
        jdbc.sql("select " + set.get(1) + ", " + set.get(2) + " from " + set.get(0) + " where school_id = ? order by 2")
                .param(member.school().value())
                .query(rs -> {
                    values.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return values;
    }

    private static String display(Field field, @Nullable Object value, @Nullable List<Option> options) {
        if (value == null) {
            return "";
        }
        if (field.kind() == FieldKind.REF && options != null) {
            String id = value.toString();
            return options.stream().filter(o -> o.id().equals(id)).map(Option::label).findFirst().orElse(id);
        }
        return formValue(value).toString();
    }

    private static Object formValue(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        return value.toString().strip();
    }
}

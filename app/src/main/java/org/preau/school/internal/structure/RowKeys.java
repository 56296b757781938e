package org.preau.school.internal.structure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.preau.platform.Member;

/**
 * Turns a row's key into the id used in URLs and back: the uuid for tables with an {@code id}, the key values
 * joined by "~" for link tables, "current" for the établissement (whose key is the school itself).
 */
final class RowKeys {

    static final String CURRENT = "current";

    record Where(String sql, List<Object> params) {
    }

    List<String> columns(EditableEntity entity) {
        return entity.keyColumns();
    }

    String idOf(EditableEntity entity, ResultSet rs) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (String column : entity.keyColumns()) {
            parts.add(rs.getString(column));
        }
        return parts.isEmpty() ? CURRENT : String.join("~", parts);
    }

    String idOf(EditableEntity entity, Map<String, Object> values) {
        List<String> parts = entity.keyColumns().stream().map(c -> values.get(c).toString()).toList();
        return parts.isEmpty() ? CURRENT : String.join("~", parts);
    }

    /** The condition selecting the row {@code id} of the member's school; ids that cannot be one select nothing. */
    Where where(EditableEntity entity, Member member, String id) {
        List<Object> params = new ArrayList<>(List.of(member.school().value()));
        StringBuilder sql = new StringBuilder("school_id = ?");
        if (entity.keyColumns().isEmpty()) {
            return new Where(CURRENT.equals(id) ? sql.toString() : "false", params);
        }
        String[] parts = id.split("~");
        if (parts.length != entity.keyColumns().size()) {
            return new Where("false", List.of());
        }
        for (int i = 0; i < parts.length; i++) {
            try {
                params.add(UUID.fromString(parts[i]));
            } catch (IllegalArgumentException e) {
                return new Where("false", List.of());
            }
            sql.append(" and ").append(entity.keyColumns().get(i)).append(" = ?");
        }
        return new Where(sql.toString(), params);
    }
}

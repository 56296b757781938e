package org.preau.grades.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts many demo rows with multi-row INSERTs (much faster than one statement per row). */
final class DemoRows {

    private static final int ROWS_PER_STATEMENT = 1000;

    private DemoRows() {
    }

    /** {@code insert} is "insert into t (a, b, c)"; every row has {@code columns} values. */
    static void insertAll(JdbcTemplate jdbc, String insert, int columns, List<Object[]> rows) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String sql = insert + " values " + String.join(", ", Collections.nCopies(part.size(), row));
            jdbc.update(sql, part.stream().flatMap(Arrays::stream).toArray());
        }
    }
}

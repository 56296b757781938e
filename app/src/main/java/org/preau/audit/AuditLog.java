package org.preau.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Ids;
import org.preau.platform.Member;
import org.preau.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every read of a pupil's personal data by someone other than the pupil (the law on personal data asks
 * the school to know who looked at what). Rows are append-only: the database refuses updates and deletes.
 * Only direction may read the log.
 */
@Service
public class AuditLog {

    public static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that {@code reader} read {@code what} (for example "fiche", "notes", "absences") of the pupil
     * {@code pupilId}. Nothing is recorded when the pupil reads their own data.
     */
    public void pupilDataRead(Member reader, UUID pupilId, String what, @Nullable String detail) {
        if (pupilId.equals(reader.pupilId())) {
            return;
        }
        jdbc.sql("""
                        insert into audit_log (school_id, id, actor_id, actor_name, action, subject_kind, subject_id, detail)
                        values (?, ?, ?, ?, ?, 'PUPIL', ?, ?)""")
                .param(reader.school().value()).param(Ids.newId()).param(reader.accountId())
                .param(reader.displayName()).param(what).param(pupilId).param(detail)
                .update();
    }

    /** The latest reads in the viewer's school, newest first; direction only. */
    @Transactional(readOnly = true)
    public AuditPage latestReads(Member viewer, int page, int size) {
        if (!viewer.has(Role.DIRECTION)) {
            throw new AccessDeniedException("Only direction may read the audit log");
        }
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 0);
        UUID school = viewer.school().value();
        long total = jdbc.sql("select count(*) from audit_log where school_id = ? and subject_kind = 'PUPIL'").param(school)
                .query(Long.class).single();
        // The pupil's name is joined in for display only; the log keeps the id even if the pupil leaves.
        var entries = jdbc.sql("""
                        select a.id, a.at, a.actor_id, a.actor_name, a.action, a.subject_id, a.detail,
                               p.first_name, p.last_name
                        from audit_log a
                        left join pupils p on p.school_id = a.school_id and p.id = a.subject_id
                        where a.school_id = :school and a.subject_kind = 'PUPIL'
                        order by a.at desc, a.id desc
                        limit :limit offset :offset""")
                .param("school", school)
                .param("limit", pageSize)
                .param("offset", (long) pageNumber * pageSize)
                .query((rs, i) -> entry(rs))
                .list();
        return new AuditPage(entries, pageNumber, pageSize, total);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        String lastName = rs.getString("last_name");
        String pupilName = lastName == null ? null
                : lastName.toUpperCase(Locale.FRENCH) + " " + rs.getString("first_name");
        return new AuditEntry(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"),
                rs.getObject("subject_id", UUID.class), pupilName, rs.getString("action"), rs.getString("detail"));
    }
}

package org.preau.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
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
 * Records every read of a pupil's personal data by someone other than the pupil (the law on personal data asks
 * the school to know who looked at what). Rows are append-only: the database refuses updates and deletes.
 * Only direction may read the log.
 */
@Service
public class AuditLog {

    public static final int MAX_PAGE_SIZE = 200;

    private final JdbcClient jdbc;
    private final PupilNames pupilNames;

    AuditLog(JdbcClient jdbc, PupilNames pupilNames) {
        this.jdbc = jdbc;
        this.pupilNames = pupilNames;
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
        List<AuditEntry> unnamed = jdbc.sql("""
                        select id, at, actor_id, actor_name, action, subject_id, detail from audit_log
                        where school_id = :school and subject_kind = 'PUPIL'
                        order by at desc, id desc
                        limit :limit offset :offset""")
                .param("school", school)
                .param("limit", pageSize)
                .param("offset", (long) pageNumber * pageSize)
                .query((rs, i) -> entry(rs))
                .list();
        // The pupil's name is for display only; the log keeps the id even if the pupil leaves.
        Map<UUID, String> names = pupilNames.listNames(unnamed.stream().map(AuditEntry::pupilId)
                .collect(Collectors.toSet()));
        List<AuditEntry> entries = unnamed.stream().map(e -> new AuditEntry(e.id(), e.at(), e.actorId(),
                e.actorName(), e.pupilId(), names.get(e.pupilId()), e.what(), e.detail())).toList();
        return new AuditPage(entries, pageNumber, pageSize, total);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"),
                rs.getObject("subject_id", UUID.class), null, rs.getString("action"), rs.getString("detail"));
    }
}

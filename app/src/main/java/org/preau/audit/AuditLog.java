package org.preau.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Ids;
import org.preau.platform.Member;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Records every read of a pupil's personal data by someone other than the pupil (the law on personal data asks
 * the school to know who looked at what). Rows are append-only: the database refuses updates and deletes.
 */
@Service
public class AuditLog {

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
}

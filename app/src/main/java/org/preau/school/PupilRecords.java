package org.preau.school;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.preau.audit.AuditLog;
import org.preau.platform.Member;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pupils' records as a member may read them: only the pupils {@link PupilAccess} lets them see, every read by
 * someone other than the pupil written to the audit log.
 */
@Service
@Transactional
public class PupilRecords {

    public static final int MAX_PAGE_SIZE = 200;

    private final PupilAccess access;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    PupilRecords(PupilAccess access, AuditLog audit, JdbcClient jdbc) {
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** A page of the pupils {@code reader} may see; {@code size} is kept between 1 and {@value #MAX_PAGE_SIZE}. */
    public PupilPage list(Member reader, int page, int size) {
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 0);
        List<PupilSummary> content = access.visiblePupils(reader, pageNumber, pageSize);
        content.forEach(p -> audit.pupilDataRead(reader, p.id().value(), "liste", null));
        return new PupilPage(content, pageNumber, pageSize, access.countVisiblePupils(reader));
    }

    /** The pupil's record; {@link PupilNotVisibleException} when {@code reader} has no relation to them. */
    public PupilRecord read(Member reader, PupilId pupil) {
        access.requireCanSee(reader, pupil);
        PupilSummary summary = access.find(pupil).orElseThrow(() -> new PupilNotVisibleException(pupil));
        LocalDate birthDate = jdbc.sql("select birth_date from pupils where school_id = ? and id = ?")
                .param(reader.school().value()).param(pupil.value()).query(LocalDate.class).optional().orElse(null);
        List<GuardianSummary> guardians = reader.staffId() != null ? guardiansOf(reader, pupil) : List.of();
        audit.pupilDataRead(reader, pupil.value(), "fiche", null);
        return new PupilRecord(summary, birthDate, guardians);
    }

    private List<GuardianSummary> guardiansOf(Member reader, PupilId pupil) {
        return jdbc.sql("""
                        select g.id, g.civility, g.first_name, g.last_name, gl.relationship, gl.legal_guardian,
                               gl.household
                        from guardian_links gl
                        join guardians g on g.school_id = gl.school_id and g.id = gl.guardian_id
                        where gl.school_id = ? and gl.pupil_id = ?
                        order by gl.household, gl.legal_guardian desc, g.last_name, g.first_name""")
                .param(reader.school().value()).param(pupil.value())
                .query((rs, i) -> new GuardianSummary(new GuardianId(rs.getObject("id", UUID.class)),
                        rs.getString("civility"), rs.getString("first_name"), rs.getString("last_name"),
                        rs.getString("relationship"), rs.getBoolean("legal_guardian"), rs.getInt("household")))
                .list();
    }
}

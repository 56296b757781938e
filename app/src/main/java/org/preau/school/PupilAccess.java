package org.preau.school;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.preau.platform.Member;
import org.preau.platform.TenantContext;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see which pupil, by role and relationship (see {@link PupilVisibility}). Every module asks here
 * before showing a pupil's data; lists are filtered in SQL, never after loading.
 */
@Service
@Transactional(readOnly = true)
public class PupilAccess {

    static final String SUMMARY_COLUMNS = """
            p.id, p.first_name, p.last_name, p.division_id, d.name as division_name
            from pupils p left join divisions d on d.school_id = p.school_id and d.id = p.division_id
            """;
    static final RowMapper<PupilSummary> SUMMARY = (rs, i) -> {
        UUID division = rs.getObject("division_id", UUID.class);
        return new PupilSummary(new PupilId(rs.getObject("id", UUID.class)), rs.getString("first_name"),
                rs.getString("last_name"), division == null ? null : new DivisionId(division),
                rs.getString("division_name"));
    };
    static final String ORDER = " order by p.last_name, p.first_name, p.id";

    private final JdbcClient jdbc;

    PupilAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean canSee(Member member, PupilId pupil) {
        PupilVisibility visibility = PupilVisibility.of(member);
        return jdbc.sql("select count(*) from pupils p where p.id = :pupil and " + visibility.condition())
                .params(visibility.params()).param("pupil", pupil.value())
                .query(Long.class).single() > 0;
    }

    public void requireCanSee(Member member, PupilId pupil) {
        if (!canSee(member, pupil)) {
            throw new PupilNotVisibleException(pupil);
        }
    }

    /** One page (from 0) of the pupils {@code member} may see, by name. */
    public List<PupilSummary> visiblePupils(Member member, int page, int size) {
        PupilVisibility visibility = PupilVisibility.of(member);
        return jdbc.sql("select " + SUMMARY_COLUMNS + " where " + visibility.condition() + ORDER
                        + " limit :limit offset :offset")
                .params(visibility.params())
                .param("limit", Math.max(size, 0))
                .param("offset", (long) Math.max(page, 0) * Math.max(size, 0))
                .query(SUMMARY).list();
    }

    /** How many pupils {@code member} may see. */
    public long countVisiblePupils(Member member) {
        PupilVisibility visibility = PupilVisibility.of(member);
        return jdbc.sql("select count(*) from pupils p where " + visibility.condition())
                .params(visibility.params()).query(Long.class).single();
    }

    /** The pupil in the current school, without any access check: callers check with {@link #canSee}. */
    public Optional<PupilSummary> find(PupilId pupil) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " where p.school_id = :school and p.id = :pupil")
                .params(Map.of("school", TenantContext.require().value(), "pupil", pupil.value()))
                .query(SUMMARY).optional();
    }

    /** "NOM Prénom" ({@link PupilSummary#listName()}) of those of {@code pupils} on the current school's roll. */
    public Map<PupilId, String> listNames(Collection<PupilId> pupils) {
        if (pupils.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + SUMMARY_COLUMNS + " where p.school_id = :school and p.id in (:pupils)")
                .param("school", TenantContext.require().value())
                .param("pupils", pupils.stream().map(PupilId::value).distinct().toList())
                .query(SUMMARY).stream()
                .collect(Collectors.toMap(PupilSummary::id, PupilSummary::listName));
    }

    /** The children a parent may follow: pupils they are legal guardian of or receive information about. */
    public List<PupilSummary> childrenOf(Member parent) {
        if (parent.guardianId() == null) {
            return List.of();
        }
        return jdbc.sql("select " + SUMMARY_COLUMNS + """
                         where p.school_id = :school and exists (select 1 from guardian_links gl
                           where gl.school_id = p.school_id and gl.pupil_id = p.id and gl.guardian_id = :guardian
                             and (gl.legal_guardian or gl.receives_information))""" + ORDER)
                .params(Map.of("school", parent.school().value(), "guardian", parent.guardianId()))
                .query(SUMMARY).list();
    }
}

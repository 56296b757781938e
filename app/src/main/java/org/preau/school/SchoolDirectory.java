package org.preau.school;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.platform.Role;
import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers who an account is in the schools that know it. Used at sign-in. */
@Service
public class SchoolDirectory {

    private final JdbcClient jdbc;

    SchoolDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The schools where the account is staff, a guardian or a pupil, in a stable order. */
    @Transactional(readOnly = true)
    public List<SchoolId> schoolsOf(UUID accountId) {
        return jdbc.sql("select s from preau_schools_of_account(?) s order by s")
                .param(accountId)
                .query((rs, i) -> new SchoolId(rs.getObject(1, UUID.class)))
                .list();
    }

    /** The établissement's UAI and name; the schools registry is global, so no current school is needed. */
    @Transactional(readOnly = true)
    public Optional<SchoolSummary> describe(SchoolId school) {
        return jdbc.sql("select uai, name from schools where school_id = ?")
                .param(school.value())
                .query((rs, i) -> new SchoolSummary(school, rs.getString("uai"), rs.getString("name")))
                .optional();
    }

    /** The account's roles and records in {@code school}. */
    public SchoolMembership membershipOf(SchoolId school, UUID accountId) {
        return TenantContext.callAs(school, () -> loadMembership(school, accountId));
    }

    private SchoolMembership loadMembership(SchoolId school, UUID accountId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Optional<UUID> staffId = idOf("select id from staff where school_id = ? and account_id = ?", school, accountId);
        staffId.ifPresent(id -> jdbc.sql("select role from staff_roles where school_id = ? and staff_id = ?")
                .param(school.value()).param(id)
                .query(String.class).list()
                .forEach(role -> roles.add(Role.valueOf(role))));
        Optional<UUID> guardianId = idOf("select id from guardians where school_id = ? and account_id = ?", school,
                accountId);
        guardianId.ifPresent(id -> roles.add(Role.PARENT));
        Optional<UUID> pupilId = idOf("select id from pupils where school_id = ? and account_id = ?", school, accountId);
        pupilId.ifPresent(id -> roles.add(Role.ELEVE));
        return new SchoolMembership(school, roles, orNull(staffId), orNull(guardianId), orNull(pupilId));
    }

    private Optional<UUID> idOf(String sql, SchoolId school, UUID accountId) {
        return jdbc.sql(sql).param(school.value()).param(accountId).query(UUID.class).optional();
    }

    private static @Nullable UUID orNull(Optional<UUID> id) {
        return id.orElse(null);
    }
}

package org.preau.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.preau.identity.AccountManagement;
import org.preau.platform.Ids;
import org.preau.platform.SchoolId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds a small school directly in the database (as the owner): one year, one level, one division, pupils,
 * and accounts for a professeur, a principal (direction), a guardian of the first pupil and that pupil. For tests that need a
 * second school or an account of their own. The member of staff teaches nothing.
 */
public final class SchoolFixture {

    private final JdbcClient owner;
    private final AccountManagement accounts;

    public SchoolFixture(JdbcClient owner, AccountManagement accounts) {
        this.owner = owner;
        this.accounts = accounts;
    }

    /** What was created; usernames are prefixed with {@code prefix}, every password is "demo". */
    public record BuiltSchool(SchoolId school, String uai, String name, UUID divisionId, List<UUID> pupilIds,
                              String staffUsername, String directionUsername, String guardianUsername,
                              String pupilUsername) {
    }

    /** A school with a fresh UAI and usernames prefixed with a fresh {@code prefix}. */
    public BuiltSchool build(String prefix, String name, int pupils) {
        String unique = prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String uai = String.format("%07d", (System.nanoTime() / 1000) % 10_000_000) + "X";
        return build(unique, uai, name, pupils);
    }

    public BuiltSchool build(String prefix, String uai, String name, int pupils) {
        SchoolId school = new SchoolId(Ids.newId());
        owner.sql("insert into schools (school_id, uai, name, academie, kind) values (?, ?, ?, 'Lyon', 'COLLEGE')")
                .params(school.value(), uai, name).update();
        UUID year = insert("insert into school_years (school_id, id, name, starts_on, ends_on) values (?, ?, '2026-2027', ?, ?)",
                school, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 4));
        UUID level = insert("insert into levels (school_id, id, code, name, position) values (?, ?, '6E', '6e', 1)", school);
        UUID division = insert("insert into divisions (school_id, id, school_year_id, level_id, name) values (?, ?, ?, ?, '6e Z')",
                school, year, level);
        String staffUsername = prefix + "-prof";
        UUID staffAccount = accounts.createAccount(staffUsername, "demo", "Prof " + prefix).value();
        UUID staff = insert("insert into staff (school_id, id, first_name, last_name, account_id) values (?, ?, 'Prof', ?, ?)",
                school, prefix, staffAccount);
        owner.sql("insert into staff_roles (school_id, staff_id, role) values (?, ?, 'PROFESSEUR')")
                .params(school.value(), staff).update();
        String directionUsername = prefix + "-direction";
        UUID directionAccount = accounts.createAccount(directionUsername, "demo", "Principal " + prefix).value();
        UUID principal = insert("insert into staff (school_id, id, first_name, last_name, account_id) values (?, ?, 'Principal', ?, ?)",
                school, prefix, directionAccount);
        owner.sql("insert into staff_roles (school_id, staff_id, role) values (?, ?, 'DIRECTION')")
                .params(school.value(), principal).update();
        List<UUID> pupilIds = new ArrayList<>();
        for (int i = 0; i < pupils; i++) {
            pupilIds.add(insert("insert into pupils (school_id, id, first_name, last_name, division_id) values (?, ?, ?, ?, ?)",
                    school, "Eleve" + i, prefix.toUpperCase(java.util.Locale.ROOT), division));
        }
        String pupilUsername = prefix + "-eleve";
        UUID pupilAccount = accounts.createAccount(pupilUsername, "demo", "Eleve0 " + prefix).value();
        owner.sql("update pupils set account_id = ? where school_id = ? and id = ?")
                .params(pupilAccount, school.value(), pupilIds.getFirst()).update();
        String guardianUsername = prefix + "-parent";
        UUID guardianAccount = accounts.createAccount(guardianUsername, "demo", "Parent " + prefix).value();
        UUID guardian = insert("insert into guardians (school_id, id, first_name, last_name, account_id) values (?, ?, 'Parent', ?, ?)",
                school, prefix, guardianAccount);
        owner.sql("insert into guardian_links (school_id, pupil_id, guardian_id, relationship) values (?, ?, ?, 'MERE')")
                .params(school.value(), pupilIds.getFirst(), guardian).update();
        return new BuiltSchool(school, uai, name, division, pupilIds, staffUsername, directionUsername,
                guardianUsername, pupilUsername);
    }

    /** Inserts a row whose first two columns are school_id and a new id; returns the id. */
    private UUID insert(String sql, SchoolId school, Object... rest) {
        UUID id = Ids.newId();
        Object[] params = new Object[rest.length + 2];
        params[0] = school.value();
        params[1] = id;
        System.arraycopy(rest, 0, params, 2, rest.length);
        owner.sql(sql).params(params).update();
        return id;
    }
}

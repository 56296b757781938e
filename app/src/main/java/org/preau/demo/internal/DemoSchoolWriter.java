package org.preau.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link DemoSchool} with batched inserts (a few hundred rows per statement round trip), so the
 * whole collège is seeded in seconds. Runs inside the caller's transaction, for the demo school as tenant.
 */
@Component
class DemoSchoolWriter {

    private final JdbcTemplate jdbc;

    DemoSchoolWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param accounts the account of each person who has one (by their row id) */
    void write(DemoSchool demo, Map<UUID, UUID> accounts) {
        UUID s = demo.school().id();
        jdbc.update("insert into schools (school_id, uai, name, academie, kind) values (?, ?, ?, ?, 'COLLEGE')",
                s, demo.school().uai(), demo.school().name(), demo.school().academie());
        jdbc.update("insert into school_years (school_id, id, name, starts_on, ends_on) values (?, ?, ?, ?, ?)",
                s, demo.year().id(), demo.year().name(), demo.year().startsOn(), demo.year().endsOn());
        batch("""
                insert into periods (school_id, id, school_year_id, name, kind, position, starts_on, ends_on)
                values (?, ?, ?, ?, 'TRIMESTRE', ?, ?, ?)""", demo.periods(), p -> new Object[] {s, p.id(),
                demo.year().id(), p.name(), p.position(), p.startsOn(), p.endsOn()});
        batch("insert into levels (school_id, id, code, name, position) values (?, ?, ?, ?, ?)", demo.levels(),
                l -> new Object[] {s, l.id(), l.code(), l.name(), l.position()});
        batch("insert into subjects (school_id, id, code, name, colour) values (?, ?, ?, ?, ?)", demo.subjects(),
                x -> new Object[] {s, x.id(), x.code(), x.name(), x.colour()});
        batch("insert into rooms (school_id, id, name, kind, capacity) values (?, ?, ?, ?, ?)", demo.rooms(),
                r -> new Object[] {s, r.id(), r.name(), r.kind(), r.capacity()});
        batch("""
                insert into staff (school_id, id, civility, first_name, last_name, email, account_id)
                values (?, ?, ?, ?, ?, ?, ?)""", demo.staff(), p -> new Object[] {s, p.id(), p.civility(),
                p.firstName(), p.lastName(), p.email(), accounts.get(p.id())});
        batch("insert into staff_roles (school_id, staff_id, role) values (?, ?, ?)",
                demo.staff().stream().flatMap(p -> p.roles().stream().map(r -> new Object[] {p.id(), r})).toList(),
                row -> new Object[] {s, row[0], row[1]});
        batch("""
                insert into divisions (school_id, id, school_year_id, level_id, name, principal_teacher_id)
                values (?, ?, ?, ?, ?, ?)""", demo.divisions(), d -> new Object[] {s, d.id(), demo.year().id(),
                d.level().id(), d.name(), demo.principalTeachers().get(d.id())});
        batch("""
                insert into groups (school_id, id, school_year_id, name, kind, level_id, division_id)
                values (?, ?, ?, ?, ?, ?, ?)""", demo.groups(), g -> new Object[] {s, g.id(), demo.year().id(),
                g.name(), g.kind(), g.levelId(), g.divisionId()});
        batch("""
                insert into pupils (school_id, id, ine, first_name, last_name, birth_date, sex, division_id, account_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", demo.pupils(), p -> new Object[] {s, p.id(), p.ine(),
                p.firstName(), p.lastName(), p.birthDate(), p.sex(), p.division().id(), accounts.get(p.id())});
        batch("insert into group_members (school_id, group_id, pupil_id) values (?, ?, ?)", demo.memberships(),
                m -> new Object[] {s, m.groupId(), m.pupilId()});
        batch("""
                insert into guardians (school_id, id, civility, first_name, last_name, email, phone, address, account_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", demo.guardians(), g -> new Object[] {s, g.id(), g.civility(),
                g.firstName(), g.lastName(), g.email(), g.phone(), g.address(), accounts.get(g.id())});
        batch("""
                insert into guardian_links (school_id, pupil_id, guardian_id, relationship, legal_guardian,
                                            receives_information, financial_responsible, household)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", demo.links(), l -> new Object[] {s, l.pupilId(), l.guardianId(),
                l.relationship(), l.legalGuardian(), l.receivesInformation(), l.financialResponsible(),
                l.household()});
        Map<String, UUID> subjectIds = subjectIds(demo);
        batch("""
                insert into teaching_assignments (school_id, id, teacher_id, subject_id, division_id, group_id, weekly_hours)
                values (?, ?, ?, ?, ?, ?, ?)""", demo.assignments(), a -> new Object[] {s, a.id(), a.teacherId(),
                subjectIds.get(a.subjectCode()), a.divisionId(), a.groupId(), a.weeklyHours()});
    }

    private static Map<String, UUID> subjectIds(DemoSchool demo) {
        return demo.subjects().stream().collect(java.util.stream.Collectors.toMap(DemoSchool.Subject::code,
                DemoSchool.Subject::id));
    }

    private <T> void batch(String sql, List<T> rows, Function<T, Object[]> values) {
        jdbc.batchUpdate(sql, rows.stream().map(values).toList());
    }
}

package org.preau.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.preau.demo.DemoAccounts;
import org.preau.platform.SchoolId;
import org.preau.platform.TenantContext;
import org.preau.school.SchoolDirectory;
import org.preau.support.DemoMembers;
import org.preau.support.PreauTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

@PreauTest
class DemoSeedTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchoolDirectory directory;
    @Autowired
    DemoSeeder seeder;

    private SchoolId school() {
        return new DemoMembers(jdbc, directory).demoSchool();
    }

    private long count(String table) {
        return TenantContext.callAs(school(), () -> jdbc.sql("select count(*) from " + table + " where school_id = ?")
                .param(school().value()).query(Long.class).single());
    }

    @Test
    void theDemoCollegeIsSeededWithTheGeneratorsNamesAndCounts() {
        DemoSchool expected = DemoSchoolGenerator.generate(DemoSchoolGenerator.SEED, LocalDate.now());
        assertThat(count("pupils")).isEqualTo(expected.pupils().size()).isBetween(570L, 660L);
        assertThat(count("divisions")).isEqualTo(24);
        assertThat(count("staff")).isEqualTo(expected.staff().size());
        assertThat(count("guardians")).isEqualTo(expected.guardians().size());
        assertThat(count("guardian_links")).isEqualTo(expected.links().size());
        assertThat(count("teaching_assignments")).isEqualTo(expected.assignments().size());
        assertThat(count("group_members")).isEqualTo(expected.memberships().size());
        List<String> names = TenantContext.callAs(school(), () -> jdbc.sql("""
                        select p.first_name || ' ' || p.last_name || ' ' || d.name || ' ' || p.birth_date
                        from pupils p join divisions d on d.school_id = p.school_id and d.id = p.division_id
                        where p.school_id = ? order by p.ine""")
                .param(school().value()).query(String.class).list());
        assertThat(names).containsExactlyElementsOf(expected.pupils().stream()
                .sorted(java.util.Comparator.comparing(DemoSchool.Pupil::ine))
                .map(p -> p.firstName() + " " + p.lastName() + " " + p.division().name() + " " + p.birthDate())
                .toList());
    }

    @Test
    void startingAgainDoesNotSeedASecondTime() throws Exception {
        long pupils = count("pupils");
        seeder.run(new DefaultApplicationArguments());
        assertThat(count("pupils")).isEqualTo(pupils);
        assertThat(jdbc.sql("select count(*) from schools where uai = ?").param(DemoAccounts.SCHOOL_UAI)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void everyPupilHasTheNationalWeeklyHoursInTheDatabase() {
        record Row(UUID pupil, String level, String subject, BigDecimal hours) {
        }
        List<Row> rows = TenantContext.callAs(school(), () -> jdbc.sql("""
                        select p.id, l.code as level, s.code as subject, sum(ta.weekly_hours) as hours
                        from pupils p
                        join divisions d on d.school_id = p.school_id and d.id = p.division_id
                        join levels l on l.school_id = d.school_id and l.id = d.level_id
                        join teaching_assignments ta on ta.school_id = p.school_id
                          and (ta.division_id = p.division_id or ta.group_id in
                               (select gm.group_id from group_members gm
                                where gm.school_id = p.school_id and gm.pupil_id = p.id))
                        join subjects s on s.school_id = ta.school_id and s.id = ta.subject_id
                        where p.school_id = ? group by p.id, l.code, s.code""")
                .param(school().value())
                .query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4)))
                .list());
        Map<UUID, Map<String, BigDecimal>> byPupil = new HashMap<>();
        Map<UUID, String> levelOf = new HashMap<>();
        rows.forEach(r -> {
            byPupil.computeIfAbsent(r.pupil(), p -> new HashMap<>())
                    .merge(WeeklyHoursTable.subjectColumn(r.subject()), r.hours(), BigDecimal::add);
            levelOf.put(r.pupil(), r.level());
        });
        assertThat(byPupil).hasSize((int) count("pupils"));
        byPupil.forEach((pupil, hours) -> assertThat(WeeklyHoursTable.normalized(hours))
                .isEqualTo(WeeklyHoursTable.forLevel(levelOf.get(pupil))));
    }

    @Test
    void everyDivisionHasAProfesseurPrincipalWhoTeachesIt() {
        long without = TenantContext.callAs(school(), () -> jdbc.sql("""
                        select count(*) from divisions d where d.school_id = ? and not exists (
                          select 1 from teaching_assignments ta
                          left join groups g on g.school_id = ta.school_id and g.id = ta.group_id
                          where ta.school_id = d.school_id and ta.teacher_id = d.principal_teacher_id
                            and (ta.division_id = d.id or g.division_id = d.id))""")
                .param(school().value()).query(Long.class).single());
        assertThat(without).isZero();
    }

    @Test
    void oneFamilyLivesInTwoHouseholdsAndBothParentsAreInformed() {
        List<Boolean> informed = TenantContext.callAs(school(), () -> jdbc.sql("""
                        select gl.receives_information from guardian_links gl
                        where gl.school_id = ? and gl.pupil_id in (select pupil_id from guardian_links
                                                                   where school_id = ? and household = 2)""")
                .param(school().value()).param(school().value()).query(Boolean.class).list());
        assertThat(informed).hasSize(2).containsOnly(true);
    }

    @Test
    void theDemoAccountsExistAndOnlyThoseFewHaveAccounts() {
        for (String username : List.of(DemoAccounts.DIRECTION, DemoAccounts.PROFESSEUR, DemoAccounts.CPE,
                DemoAccounts.PARENT, DemoAccounts.PARENT2, DemoAccounts.ELEVE)) {
            assertThat(jdbc.sql("select count(*) from accounts where username = ?").param(username)
                    .query(Long.class).single()).as(username).isEqualTo(1);
        }
        long withAccount = TenantContext.callAs(school(), () -> jdbc.sql(
                        "select count(*) from pupils where school_id = ? and account_id is not null")
                .param(school().value()).query(Long.class).single());
        assertThat(withAccount).isEqualTo(1);
    }
}

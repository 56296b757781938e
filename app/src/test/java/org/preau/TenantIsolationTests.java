package org.preau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.preau.identity.AccountManagement;
import org.preau.platform.Ids;
import org.preau.platform.TenantContext;
import org.preau.support.OwnerDatabase;
import org.preau.support.PreauTest;
import org.preau.support.SchoolFixture;
import org.preau.support.SchoolFixture.BuiltSchool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two schools in one database: the row-level security backstop keeps each school's rows to itself even for a
 * query that forgets its {@code school_id} filter, as long as it runs through the application's DataSource.
 */
@PreauTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTests {

    @Autowired
    Environment env;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcClient app;

    JdbcClient owner;
    BuiltSchool schoolA;
    BuiltSchool schoolB;

    @BeforeAll
    void buildTwoSchools() {
        owner = OwnerDatabase.jdbc(env);
        schoolA = new SchoolFixture(owner, accounts).build("rls-a", "Collège Alpha", 3);
        schoolB = new SchoolFixture(owner, accounts).build("rls-b", "Collège Bêta", 2);
    }

    private long ownerCount(String table, BuiltSchool school) {
        return owner.sql("select count(*) from " + table + " where school_id = ?").param(school.school().value())
                .query(Long.class).single();
    }

    private long appCountWithoutFilter(String table) {
        return app.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void theApplicationConnectsAsARoleThatRowLevelSecurityBinds() {
        assertThat(app.sql("select current_user").query(String.class).single())
                .isEqualTo(env.getProperty("preau.db.app-user"));
        assertThat(app.sql("select rolbypassrls or rolsuper from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void aQueryWithoutSchoolFilterSeesOnlyTheCurrentSchoolsRows() {
        for (String table : new String[] {"pupils", "divisions", "staff", "guardians", "guardian_links"}) {
            assertThat(TenantContext.callAs(schoolA.school(), () -> appCountWithoutFilter(table)))
                    .as(table + " seen from school A").isEqualTo(ownerCount(table, schoolA)).isPositive();
            assertThat(TenantContext.callAs(schoolB.school(), () -> appCountWithoutFilter(table)))
                    .as(table + " seen from school B").isEqualTo(ownerCount(table, schoolB)).isPositive();
        }
        assertThat(TenantContext.callAs(schoolA.school(), () -> app.sql("select count(*) from pupils where school_id = ?")
                .param(schoolB.school().value()).query(Long.class).single())).isZero();
    }

    @Test
    void withoutACurrentSchoolNoSchoolRowIsVisible() {
        assertThat(TenantContext.current()).isEmpty();
        assertThat(appCountWithoutFilter("pupils")).isZero();
        assertThat(appCountWithoutFilter("staff")).isZero();
        assertThat(ownerCount("pupils", schoolA)).isEqualTo(3);
    }

    @Test
    void aSchoolCannotWriteRowsIntoAnother() {
        assertThatThrownBy(() -> TenantContext.runAs(schoolA.school(), () -> app.sql(
                        "insert into pupils (school_id, id, first_name, last_name) values (?, ?, 'Intrus', 'INTRUS')")
                .params(schoolB.school().value(), Ids.newId()).update()))
                .rootCause().hasMessageContaining("row-level security");
        int changed = TenantContext.callAs(schoolA.school(), () -> app.sql(
                        "update pupils set first_name = 'Changé' where school_id = ?")
                .param(schoolB.school().value()).update());
        assertThat(changed).isZero();
        assertThat(owner.sql("select count(*) from pupils where school_id = ? and first_name = 'Changé'")
                .param(schoolB.school().value()).query(Long.class).single()).isZero();
    }
}
